/** The largest channel-max (what 0, "no limit", stands for). */
export declare const MAX_CHANNEL_MAX = 65535;
/** The three values connection.tune and tune-ok carry. */
export interface TuneValues {
    /** Highest channel number; 0 means no limit (65535). */
    readonly channelMax: number;
    /** Largest frame in bytes, header and end octet included; 0 means no limit. */
    readonly frameMax: number;
    /** Heartbeat interval in seconds; 0 disables heartbeats. */
    readonly heartbeat: number;
}
/** channel-max for tune-ok: the smaller limit, 0 read as 65535; never 0. */
export declare function negotiateChannelMax(server: number, client: number): number;
/** frame-max for tune-ok: the smaller non-zero limit, `fallback` when both are 0; at least 4096. */
export declare function negotiateFrameMax(server: number, client: number, fallback?: number): number;
/** heartbeat for tune-ok: the smaller when both are set, otherwise the one that is set (0 = disabled). */
export declare function negotiateHeartbeat(server: number, client: number): number;
/** All three at once: `server` from connection.tune, `client` the client's wishes (0 = no preference / no limit). */
export declare function negotiateTune(server: TuneValues, client: TuneValues): TuneValues;
