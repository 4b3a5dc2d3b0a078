/**
 * Scripted byte exchanges for the engine: the test plays the server. Server frames are encoded with
 * the codec (itself tested against hand-derived bytes); what the engine writes is parsed back into
 * frames and decoded, so each step asserts the methods and arguments on the wire.
 */
import {
  FrameParser,
  decodeFrame,
  encodeBasicHeader,
  encodeBodyFrames,
  encodeMethod,
  utf8Encode,
  type BasicProperties,
  type DecodedFrame,
  type MethodInput,
} from '../../generated/src/index.js';
import { ProtocolEngine, type EngineEvent, type EngineOptions } from '../../generated/src/engine/index.js';

export const START: MethodInput = {
  name: 'connection.start',
  args: {
    versionMajor: 0,
    versionMinor: 9,
    serverProperties: { product: 'scripted' },
    mechanisms: 'PLAIN AMQPLAIN EXTERNAL',
    locales: 'en_US',
  },
};

export class Script {
  readonly written: Uint8Array[] = [];
  readonly events: EngineEvent[] = [];
  clock = 1_000_000;
  readonly engine: ProtocolEngine;
  private readonly parser = new FrameParser({ frameMax: 0 });
  private sawHeader = false;

  constructor(options: Partial<EngineOptions> = {}) {
    this.engine = new ProtocolEngine({
      write: (b) => this.written.push(b.slice()),
      onEvent: (e) => this.events.push(e),
      now: () => this.clock,
      ...options,
    });
  }

  /** Everything the engine wrote since the last call, as decoded frames (the protocol header as 'header'). */
  out(): (DecodedFrame | 'protocol-header')[] {
    const chunks = this.written.splice(0);
    const result: (DecodedFrame | 'protocol-header')[] = [];
    for (let chunk of chunks) {
      if (!this.sawHeader && chunk.length >= 8 && chunk[0] === 0x41) {
        this.sawHeader = true;
        result.push('protocol-header');
        chunk = chunk.subarray(8);
      }
      for (const f of this.parser.push(chunk)) result.push(decodeFrame(f));
    }
    return result;
  }

  /** Names of the methods written since the last call (heartbeats as 'heartbeat'). */
  names(): string[] {
    return this.out().map((f) =>
      f === 'protocol-header' ? f : f.type === 'method' ? f.method.name : f.type === 'heartbeat' ? 'heartbeat' : f.type,
    );
  }

  send(channel: number, method: MethodInput): void {
    this.engine.receive(encodeMethod(channel, method));
  }

  sendMessage(
    channel: number,
    method: MethodInput,
    body: Uint8Array | string,
    props: BasicProperties = {},
    frameMax = 131072,
  ): void {
    const bytes = typeof body === 'string' ? utf8Encode(body) : body;
    this.send(channel, method);
    this.engine.receive(encodeBasicHeader(channel, bytes.length, props));
    for (const b of encodeBodyFrames(channel, bytes, frameMax)) this.engine.receive(b);
  }

  /** Handshake up to open-ok with the given tune. */
  async open(tune = { channelMax: 2047, frameMax: 131072, heartbeat: 60 }): Promise<void> {
    this.engine.start();
    this.send(0, START);
    this.send(0, { name: 'connection.tune', args: tune });
    this.send(0, { name: 'connection.open-ok' });
    await this.engine.opened;
    this.out();
  }

  /** Opens channel `id` (the engine picks the lowest free one). */
  async channel(): Promise<number> {
    const opening = this.engine.openChannel();
    const frames = this.out();
    const open = frames.find((f) => f !== 'protocol-header' && f.type === 'method' && f.method.name === 'channel.open');
    if (open === undefined || open === 'protocol-header') throw new Error('no channel.open written');
    this.send(open.channel, { name: 'channel.open-ok' });
    return opening;
  }

  advance(ms: number): void {
    this.clock += ms;
    this.engine.tick();
  }
}

/** The method frames in `frames` as [channel, name, args]. */
export function methods(frames: (DecodedFrame | 'protocol-header')[]): [number, string, unknown][] {
  return frames.flatMap((f) =>
    f !== 'protocol-header' && f.type === 'method'
      ? [[f.channel, f.method.name, f.method.args] as [number, string, unknown]]
      : [],
  );
}
