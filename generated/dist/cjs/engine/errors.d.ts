/** Errors the engine rejects calls with. Checked by `name`, so they work across package copies. */
/** A channel or the connection was closed: by the server, by us, or because the transport was lost. */
export declare class ClosedError extends Error {
    readonly scope: 'channel' | 'connection';
    /** The reply code of the close method (200 for a normal close; 0 when no close method was exchanged). */
    readonly replyCode: number;
    readonly replyText: string;
    /** Who closed it: the server's close method, ours, or neither (transport lost, heartbeat timeout). */
    readonly by: 'server' | 'client' | 'transport';
    /** The method that caused the close, when the closer named one. */
    readonly classId: number;
    readonly methodId: number;
    readonly name: "ClosedError";
    constructor(scope: 'channel' | 'connection', 
    /** The reply code of the close method (200 for a normal close; 0 when no close method was exchanged). */
    replyCode: number, replyText: string, 
    /** Who closed it: the server's close method, ours, or neither (transport lost, heartbeat timeout). */
    by: 'server' | 'client' | 'transport', 
    /** The method that caused the close, when the closer named one. */
    classId?: number, methodId?: number);
}
export declare function isClosedError(e: unknown): e is ClosedError;
