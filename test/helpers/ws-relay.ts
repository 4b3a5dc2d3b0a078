/**
 * A minimal WebSocket-to-TCP relay for the browser test (RFC 6455, binary frames only): each WebSocket
 * connection gets its own TCP connection to `target`; bytes go both ways unchanged. Written here so the
 * test depends on nothing but node:net and node:crypto. Not for production: no extensions, no
 * subprotocols, no origin checks, whole frames buffered.
 */
import { createHash } from 'node:crypto';
import * as net from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;

export interface Relay {
  /** ws://127.0.0.1:PORT/ */
  readonly url: string;
  /** Bytes relayed browser → broker and broker → browser, for the test to report. */
  readonly stats: { toTarget: number; toBrowser: number; connections: number };
  close(): Promise<void>;
}

export function startRelay(target: { host: string; port: number }): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const stats = { toTarget: 0, toBrowser: 0, connections: 0 };
  const server = net.createServer((browser) => {
    sockets.add(browser);
    browser.on('close', () => sockets.delete(browser));
    browser.on('error', () => browser.destroy());
    let head = Buffer.alloc(0);
    const onHandshake = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      browser.off('data', onHandshake);
      const key = /^sec-websocket-key:\s*(\S+)\s*$/im.exec(head.subarray(0, end).toString('latin1'))?.[1];
      if (key === undefined) {
        browser.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
        return;
      }
      const accept = createHash('sha1')
        .update(key + GUID)
        .digest('base64');
      browser.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      stats.connections++;
      relay(browser, head.subarray(end + 4), target, stats, sockets);
    };
    browser.on('data', onHandshake);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `ws://127.0.0.1:${port}/`,
        stats,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function relay(
  browser: net.Socket,
  early: Buffer,
  target: { host: string; port: number },
  stats: Relay['stats'],
  sockets: Set<net.Socket>,
): void {
  const upstream = net.connect(target.port, target.host);
  sockets.add(upstream);
  upstream.on('close', () => {
    sockets.delete(upstream);
    if (!browser.destroyed) browser.end(frame(OP_CLOSE, Buffer.of(0x03, 0xe8))); // 1000: normal closure
  });
  upstream.on('error', () => browser.destroy());
  upstream.on('data', (chunk: Buffer) => {
    stats.toBrowser += chunk.length;
    browser.write(frame(OP_BINARY, chunk));
  });
  browser.on('close', () => upstream.destroy());

  let pending = early;
  const onData = (chunk: Buffer): void => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      const parsed = parseClientFrame(pending);
      if (parsed === undefined) return;
      pending = pending.subarray(parsed.size);
      if (parsed.opcode === OP_BINARY || parsed.opcode === OP_CONTINUATION) {
        stats.toTarget += parsed.payload.length;
        upstream.write(parsed.payload);
      } else if (parsed.opcode === OP_PING) {
        browser.write(frame(0xa, parsed.payload));
      } else if (parsed.opcode === OP_CLOSE) {
        browser.end(frame(OP_CLOSE, parsed.payload.subarray(0, 2)));
        upstream.end();
        return;
      } else {
        browser.destroy(); // text frames and unknown opcodes: not part of this relay
        return;
      }
    }
  };
  browser.on('data', onData);
  if (early.length) onData(Buffer.alloc(0));
}

/** One masked client frame from the front of `buf`, or undefined while it is incomplete. */
function parseClientFrame(buf: Buffer): { opcode: number; payload: Buffer; size: number } | undefined {
  if (buf.length < 2) return undefined;
  const opcode = buf[0] & 0x0f;
  const masked = (buf[1] & 0x80) !== 0;
  let length = buf[1] & 0x7f;
  let at = 2;
  if (length === 126) {
    if (buf.length < 4) return undefined;
    length = buf.readUInt16BE(2);
    at = 4;
  } else if (length === 127) {
    if (buf.length < 10) return undefined;
    length = Number(buf.readBigUInt64BE(2));
    at = 10;
  }
  if (!masked) throw new Error('client frames must be masked (RFC 6455 5.1)');
  if (buf.length < at + 4 + length) return undefined;
  const mask = buf.subarray(at, at + 4);
  const payload = Buffer.alloc(length);
  for (let i = 0; i < length; i++) payload[i] = buf[at + 4 + i] ^ mask[i & 3];
  return { opcode, payload, size: at + 4 + length };
}

/** An unmasked server frame with FIN set. */
function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const header = n < 126 ? Buffer.alloc(2) : n <= 0xffff ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (n < 126) header[1] = n;
  else if (n <= 0xffff) {
    header[1] = 126;
    header.writeUInt16BE(n, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([header, payload]);
}
