/** The WebSocket transport with a fake socket: binary messages in and out, close events, no Node APIs. */
import { describe, expect, it } from 'vitest';
import {
  FrameParser,
  PROTOCOL_HEADER,
  decodeFrame,
  encodeMethod,
  type MethodInput,
} from '../../generated/src/index.js';
import { connectWebSocket, type WebSocketLike } from '../../examples/client/websocket.js';
import { START } from './harness.js';

class FakeSocket implements WebSocketLike {
  binaryType = 'blob';
  readyState = 1;
  sent: Uint8Array[] = [];
  closed = false;
  private listeners = new Map<string, ((e: { data: unknown }) => void)[]>();
  send(data: Uint8Array): void {
    this.sent.push(data.slice());
  }
  close(): void {
    this.closed = true;
  }
  addEventListener(type: string, listener: (e: { data: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data?: unknown): void {
    for (const l of this.listeners.get(type) ?? []) l({ data });
  }
  /** A server frame as an ArrayBuffer message, as a browser delivers it. */
  server(channel: number, method: MethodInput): void {
    const frame = encodeMethod(channel, method);
    this.emit('message', frame.buffer.slice(frame.byteOffset, frame.byteOffset + frame.byteLength));
  }
}

describe('WebSocket transport', () => {
  it('handshakes over binary messages and closes the socket when the connection ends', async () => {
    const socket = new FakeSocket();
    const opening = connectWebSocket(socket, { heartbeat: 0 });
    expect(socket.binaryType).toBe('arraybuffer');
    expect([...socket.sent[0]]).toEqual([...PROTOCOL_HEADER]);
    socket.server(0, START);
    socket.server(0, { name: 'connection.tune', args: { channelMax: 0, frameMax: 131072, heartbeat: 0 } });
    socket.server(0, { name: 'connection.open-ok' });
    const engine = await opening;
    const parser = new FrameParser();
    const names = socket.sent
      .slice(1)
      .flatMap((b) => parser.push(b))
      .map((f) => {
        const d = decodeFrame(f);
        return d.type === 'method' ? d.method.name : d.type;
      });
    expect(names).toEqual(['connection.start-ok', 'connection.tune-ok', 'connection.open']);
    expect(engine.isOpen).toBe(true);
    socket.server(0, {
      name: 'connection.close',
      args: { replyCode: 320, replyText: 'forced', classId: 0, methodId: 0 },
    });
    expect(socket.closed).toBe(true);
  });

  it('a socket closing under the engine fails the handshake', async () => {
    const socket = new FakeSocket();
    const opening = connectWebSocket(socket);
    socket.emit('close');
    await expect(opening).rejects.toMatchObject({ name: 'ClosedError', by: 'transport' });
  });
});
