/**
 * A browser transport for the sans-I/O engine: a WebSocket carrying the raw AMQP byte stream
 * (binary messages), as WebSocket-to-TCP relays for AMQP 0-9-1 do. No Node APIs; timers are the
 * global setTimeout. The socket type is structural, so the browser's WebSocket fits as is.
 */
import { ProtocolEngine, type EngineEvent, type EngineOptions } from '@amqp-codegen/protocol/engine';

/** The part of the browser's WebSocket this transport uses. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  /** Typed as the DOM's `send` accepts it: views of an ArrayBuffer (not a SharedArrayBuffer). */
  send(data: Uint8Array<ArrayBuffer>): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface WebSocketConnectOptions extends Omit<EngineOptions, 'write' | 'onEvent'> {
  onEvent?(event: EngineEvent): void;
}

const OPEN = 1;

/** Runs the engine over `socket` (new or already open); resolves once the AMQP connection is open. */
export async function connectWebSocket(
  socket: WebSocketLike,
  options: WebSocketConnectOptions = {},
): Promise<ProtocolEngine> {
  socket.binaryType = 'arraybuffer';
  if (socket.readyState !== OPEN) {
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', () => reject(new Error('WebSocket failed to open')));
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    const wait = engine.nextTimeout();
    timer = wait === undefined ? undefined : setTimeout(() => (engine.tick(), schedule()), wait);
  };
  const engine: ProtocolEngine = new ProtocolEngine({
    ...options,
    // The engine's frames are views of ArrayBuffers it allocated, never of a SharedArrayBuffer.
    write: (bytes) => socket.send(bytes as Uint8Array<ArrayBuffer>),
    onEvent(event) {
      if (event.type === 'open') schedule();
      if (event.type === 'closed') {
        if (timer !== undefined) clearTimeout(timer);
        socket.close();
      }
      options.onEvent?.(event);
    },
  });
  socket.addEventListener('message', (event) => {
    const data = event.data;
    if (data instanceof ArrayBuffer) engine.receive(new Uint8Array(data));
    else if (ArrayBuffer.isView(data)) engine.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  });
  socket.addEventListener('close', () => engine.transportClosed());
  socket.addEventListener('error', () => engine.transportClosed(new Error('WebSocket error')));
  engine.start();
  schedule();
  await engine.opened;
  return engine;
}
