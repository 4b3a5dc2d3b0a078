/**
 * Pure tune negotiation: what a client answers in connection.tune-ok given the
 * server's connection.tune and the client's own wishes. Policy, per value:
 *
 * - channel-max: 0 means "no limit", i.e. 65535. The answer is the smaller of the
 *   two limits and never 0 (answering 0 to a server's N > 0 is a protocol error).
 * - frame-max: 0 means "no limit". The answer is the smaller of the two non-zero
 *   limits; when both are 0 it is `fallback` (default 131072), because RabbitMQ
 *   refuses a tune-ok frame-max of 0 and a local cap must apply anyway. A limit
 *   below 4096 (frame-min-size) is refused.
 * - heartbeat (seconds): 0 means "disabled". Both non-zero: the smaller; one 0:
 *   the other (so either side can ask for heartbeats); both 0: disabled.
 */
import { AmqpError } from './errors.js';
import { DEFAULT_FRAME_MAX, FRAME_MIN_SIZE } from './frame-format.js';

/** The largest channel-max (what 0, "no limit", stands for). */
export const MAX_CHANNEL_MAX = 0xffff;

/** The three values connection.tune and tune-ok carry. */
export interface TuneValues {
  /** Highest channel number; 0 means no limit (65535). */
  readonly channelMax: number;
  /** Largest frame in bytes, header and end octet included; 0 means no limit. */
  readonly frameMax: number;
  /** Heartbeat interval in seconds; 0 disables heartbeats. */
  readonly heartbeat: number;
}

function check(value: number, max: number, ctx: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new AmqpError(`${value} is not an integer in 0..${max}`, { kind: 'encode', context: ctx });
  }
  return value;
}

/** channel-max for tune-ok: the smaller limit, 0 read as 65535; never 0. */
export function negotiateChannelMax(server: number, client: number): number {
  const s = check(server, MAX_CHANNEL_MAX, 'tune.channel-max') || MAX_CHANNEL_MAX;
  const c = check(client, MAX_CHANNEL_MAX, 'tune-ok.channel-max') || MAX_CHANNEL_MAX;
  return Math.min(s, c);
}

/** frame-max for tune-ok: the smaller non-zero limit, `fallback` when both are 0; at least 4096. */
export function negotiateFrameMax(server: number, client: number, fallback = DEFAULT_FRAME_MAX): number {
  const s = check(server, 0xffffffff, 'tune.frame-max');
  const c = check(client, 0xffffffff, 'tune-ok.frame-max');
  const limits = [s, c].filter((v) => v !== 0);
  const result = limits.length === 0 ? check(fallback, 0xffffffff, 'frame-max fallback') : Math.min(...limits);
  if (result < FRAME_MIN_SIZE) {
    throw new AmqpError(`frame-max ${result} is below the protocol minimum ${FRAME_MIN_SIZE}`, {
      kind: 'encode',
      context: 'tune-ok.frame-max',
    });
  }
  return result;
}

/** heartbeat for tune-ok: the smaller when both are set, otherwise the one that is set (0 = disabled). */
export function negotiateHeartbeat(server: number, client: number): number {
  const s = check(server, 0xffff, 'tune.heartbeat');
  const c = check(client, 0xffff, 'tune-ok.heartbeat');
  return s === 0 || c === 0 ? Math.max(s, c) : Math.min(s, c);
}

/** All three at once: `server` from connection.tune, `client` the client's wishes (0 = no preference / no limit). */
export function negotiateTune(server: TuneValues, client: TuneValues): TuneValues {
  return {
    channelMax: negotiateChannelMax(server.channelMax, client.channelMax),
    frameMax: negotiateFrameMax(server.frameMax, client.frameMax),
    heartbeat: negotiateHeartbeat(server.heartbeat, client.heartbeat),
  };
}
