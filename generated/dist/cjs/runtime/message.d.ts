/** The body's length, once it is known to be bytes (the header encoder needs it first). */
export declare function bodyLength(body: Uint8Array): number;
/** The message in one new array of exactly its size (a view into a shared slab up to 2048 bytes). */
export declare function assembleMessage(channel: number, methodFrame: Uint8Array, headerFrame: Uint8Array, body: Uint8Array, frameMax: number): Uint8Array;
/**
 * The message written into `target` from `offset`; returns the end offset. When it does not fit,
 * throws an encode error and writes nothing.
 */
export declare function placeMessage(target: Uint8Array, offset: number, channel: number, methodFrame: Uint8Array, headerFrame: Uint8Array, body: Uint8Array, frameMax: number): number;
