/** Where and as whom to connect, parsed from an `amqp://user:pass@host:port/vhost` URL. */
export interface Endpoint {
  host: string;
  port: number;
  username: string;
  password: string;
  vhost: string;
  /** True for `amqps:`. */
  tls: boolean;
}

/**
 * Parses an AMQP URL (the RabbitMQ URI spec: user, password and vhost are percent-decoded; an empty
 * path means the vhost `/`, a path of `/%2F` is also `/`).
 */
export function parseAmqpUrl(url: string): Endpoint {
  const u = new URL(url);
  if (u.protocol !== 'amqp:' && u.protocol !== 'amqps:') {
    throw new Error(`unsupported URL scheme ${u.protocol} (amqp: or amqps:)`);
  }
  const tls = u.protocol === 'amqps:';
  const path = u.pathname === '' || u.pathname === '/' ? '/' : decodeURIComponent(u.pathname.slice(1));
  return {
    host: u.hostname || 'localhost',
    port: u.port === '' ? (tls ? 5671 : 5672) : Number(u.port),
    username: u.username === '' ? 'guest' : decodeURIComponent(u.username),
    password: u.password === '' ? 'guest' : decodeURIComponent(u.password),
    vhost: path,
    tls,
  };
}
