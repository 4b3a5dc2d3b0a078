/**
 * The example client's TLS transport against RabbitMQ's own TLS listener (scripts/rabbitmq.sh gives
 * every broker it starts one, with a certificate for localhost from a CA made at start).
 */
import { readFileSync } from 'node:fs';
import type { TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { connect } from '../../examples/client/index.js';
import { amqpsEndpoint, connectionPid, ctl, skipInterop, unique } from './helpers.js';

describe.skipIf(skipInterop)('amqps:// through the broker’s TLS listener', () => {
  it('verifies the server against the CA, handshakes, and carries a message both ways', async () => {
    const { url, ca } = amqpsEndpoint();
    const connectionName = unique('tls');
    const connection = await connect({ url, tls: { ca: readFileSync(ca) }, connectionName });
    try {
      const socket = connection.socket as TLSSocket;
      expect(socket.encrypted).toBe(true);
      expect(socket.authorized).toBe(true);
      expect(socket.getProtocol()).toMatch(/^TLSv1\.[23]$/);

      // The broker sees the same connection as a TLS one.
      const pid = await connectionPid(connectionName);
      const row = (await ctl('list_connections', '--no-table-headers', 'pid', 'ssl', 'ssl_protocol'))
        .split('\n')
        .find((line) => line.startsWith(pid));
      expect(row?.split('\t').slice(1)).toEqual(['true', expect.stringMatching(/^tlsv1\.[23]$/)]);

      const channel = await connection.openChannel();
      const { queue } = await channel.queueDeclare('', { exclusive: true });
      const received = new Promise<{ body: string; headers: unknown }>((resolve) => {
        void channel.consume(
          queue,
          (message) => {
            resolve({ body: new TextDecoder().decode(message.body), headers: message.properties.headers });
          },
          { noAck: true },
        );
      });
      channel.publish('', queue, 'over TLS', { headers: { 'x-transport': 'tls' } });
      expect(await received).toEqual({ body: 'over TLS', headers: { 'x-transport': 'tls' } });
    } finally {
      await connection.close();
    }
  });

  it('refuses a server whose certificate it cannot verify (no CA given)', async () => {
    const { url } = amqpsEndpoint();
    await expect(connect({ url, connectionName: unique('tls-unverified') })).rejects.toMatchObject({
      code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/),
    });
  });
});
