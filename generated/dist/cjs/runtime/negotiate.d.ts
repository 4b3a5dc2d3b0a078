export declare const MAX_CHANNEL_MAX = 65535;
export interface TuneValues {
    readonly channelMax: number;
    readonly frameMax: number;
    readonly heartbeat: number;
}
export declare function negotiateChannelMax(server: number, client: number): number;
export declare function negotiateFrameMax(server: number, client: number, fallback?: number): number;
export declare function negotiateHeartbeat(server: number, client: number): number;
/** All three at once: `server` from connection.tune, `client` the client's wishes (0 = no preference / no limit). */
export declare function negotiateTune(server: TuneValues, client: TuneValues): TuneValues;
