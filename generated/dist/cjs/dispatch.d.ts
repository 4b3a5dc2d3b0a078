import { type BasicProperties, type DecodedBasicProperties } from './basic.js';
import { type Method, type MethodInput } from './methods.js';
import { type DecodedFrameOf, type Frame } from './runtime/internal.js';
/** Decodes a method frame payload (class id, method id, arguments). Fails with an AmqpError on unknown ids (503), truncated arguments or trailing bytes (501). Runs on a table of layouts, so a bundle that uses it carries no per-method code; the per-method decoders (decodeBasicDeliver, …) are faster. */
export declare function decodeMethod(payload: Uint8Array | ArrayBuffer): Method;
/** Encodes a complete method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written. Runs on a table of layouts, so a bundle that uses it carries no per-method code; the per-method encoders (encodeBasicPublish, …) are faster. */
export declare function encodeMethod(channel: number, method: MethodInput, frameMax?: number): Uint8Array;
/** A method that is followed by a content header and body (what encodeMessage takes). */
export type ContentMethodInput = MethodInput<'basic.publish' | 'basic.return' | 'basic.deliver' | 'basic.get-ok'>;
/** Encodes a whole message (the method frame, the content header frame and the body frames, the body split at frameMax − 8 bytes) into one new buffer of exactly its size, ready for a single socket write. With frameMax ≠ 0, a method or header frame larger than frameMax is an encode error. */
export declare function encodeMessage(channel: number, method: ContentMethodInput, properties: BasicProperties, body: Uint8Array, frameMax: number): Uint8Array;
/** Like encodeMessage, but writes into `target` from `offset` (e.g. a reused buffer) and returns the end offset. If the message does not fit, throws an encode error and writes nothing. */
export declare function encodeMessageInto(target: Uint8Array, offset: number, channel: number, method: ContentMethodInput, properties: BasicProperties, body: Uint8Array, frameMax: number): number;
/** A decoded content header; checking `classId` narrows `properties`. */
export type ContentHeader = {
    /** Class of the content (basic). */
    readonly classId: 60;
    /** Always 0 in 0-9-1. */
    readonly weight: number;
    /** Total body bytes in the body frames that follow. */
    readonly bodySize: number | bigint;
    /** Present properties; absent ones are undefined. */
    readonly properties: DecodedBasicProperties;
};
/** Decodes a content header frame payload: class-id, weight, body-size, property flags and properties. A class that carries no content fails with 505 UNEXPECTED_FRAME (it cannot match the method it follows). */
export declare function decodeContentHeader(payload: Uint8Array | ArrayBuffer): ContentHeader;
/** A frame with its payload decoded. */
export type DecodedFrame = DecodedFrameOf<Method, ContentHeader>;
/** Decodes a frame from FrameParser. Connection-class methods on a channel other than 0 fail with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR. Body payloads are views of the frame payload (no copy). */
export declare function decodeFrame(frame: Frame): DecodedFrame;
