/**
 * What a frame must obey beyond its layout: which channels each frame type may use and what a
 * heartbeat carries. FrameParser checks the heartbeat rule as soon as a header is complete;
 * decodeFrameWith checks them all while decoding. Only which classes travel on channel 0 comes from
 * the spec, so the generated decodeFrame passes it in, with its method and content-header decoders.
 */
import { AmqpError, COMMAND_INVALID, FRAME_ERROR, UNEXPECTED_FRAME } from './errors.js';
import { FRAME_BODY, FRAME_HEADER, FRAME_HEARTBEAT, FRAME_METHOD, type Frame } from './frame-format.js';
import { channelZeroFrame } from './frame-limit.js';

/** A broken frame rule: what to tell the peer, and the reply code to close with. */
export interface FrameRuleBreak {
  readonly message: string;
  readonly replyCode: number;
}

/** A heartbeat is empty and travels on channel 0: the rule a heartbeat header breaks, or undefined. */
export function heartbeatRuleBreak(channel: number, size: number): FrameRuleBreak | undefined {
  if (channel !== 0) {
    return { message: `heartbeat on channel ${channel}; heartbeats belong to channel 0`, replyCode: UNEXPECTED_FRAME };
  }
  if (size !== 0)
    return { message: `heartbeat with a ${size}-byte payload; heartbeats are empty`, replyCode: FRAME_ERROR };
  return undefined;
}

/** A frame with its payload decoded, for the method type `M` and content-header type `H` of a protocol. */
export type DecodedFrameOf<M, H> =
  | {
      /** Frame type 1. */
      readonly type: 'method';
      /** Channel number. */
      readonly channel: number;
      /** The decoded method. */
      readonly method: M;
    }
  | {
      /** Frame type 2. */
      readonly type: 'header';
      /** Channel number. */
      readonly channel: number;
      /** The decoded content header. */
      readonly header: H;
    }
  | {
      /** Frame type 3. */
      readonly type: 'body';
      /** Channel number. */
      readonly channel: number;
      /** Body bytes: a view of the frame payload. */
      readonly body: Uint8Array;
    }
  | {
      /** Frame type 8. */
      readonly type: 'heartbeat';
      /** Heartbeats travel on channel 0. */
      readonly channel: 0;
    };

/** The spec-dependent part of frame decoding, supplied by the generated code. */
export interface FrameDecoders<M extends { readonly classId: number; readonly name: string }, H> {
  readonly decodeMethod: (payload: Uint8Array) => M;
  readonly decodeContentHeader: (payload: Uint8Array) => H;
  /** Classes whose methods travel on channel 0 only (connection), and no others do. */
  readonly channelZeroClasses: readonly number[];
}

/**
 * Decodes a frame from FrameParser with the given decoders. Channel-0 classes on another channel fail
 * with 503; other methods, content headers and bodies on channel 0 with 504 CHANNEL_ERROR.
 */
export function decodeFrameWith<M extends { readonly classId: number; readonly name: string }, H>(
  frame: Frame,
  decoders: FrameDecoders<M, H>,
): DecodedFrameOf<M, H> {
  switch (frame.type) {
    case FRAME_METHOD: {
      const method = decoders.decodeMethod(frame.payload);
      const channelZeroClass = decoders.channelZeroClasses.includes(method.classId);
      if (frame.channel !== 0 && channelZeroClass) {
        throw new AmqpError(`connection methods travel on channel 0 only, not on channel ${frame.channel}`, {
          kind: 'decode',
          replyCode: COMMAND_INVALID,
          offset: 0,
          context: method.name,
        });
      }
      if (frame.channel === 0 && !channelZeroClass) throw channelZeroFrame(method.name);
      return { type: 'method', channel: frame.channel, method };
    }
    case FRAME_HEADER:
      if (frame.channel === 0) throw channelZeroFrame('header');
      return { type: 'header', channel: frame.channel, header: decoders.decodeContentHeader(frame.payload) };
    case FRAME_BODY:
      if (frame.channel === 0) throw channelZeroFrame('body');
      return { type: 'body', channel: frame.channel, body: frame.payload };
    case FRAME_HEARTBEAT: {
      const broken = heartbeatRuleBreak(frame.channel, frame.payload.length);
      if (broken !== undefined) {
        throw new AmqpError(broken.message, {
          kind: 'decode',
          replyCode: broken.replyCode,
          offset: 0,
          context: 'heartbeat',
        });
      }
      return { type: 'heartbeat', channel: 0 };
    }
    default:
      throw new AmqpError(`unknown frame type ${(frame as { type: unknown }).type}; expected 1, 2, 3 or 8`, {
        kind: 'decode',
        replyCode: FRAME_ERROR,
        offset: 0,
        context: 'frame.type',
      });
  }
}
