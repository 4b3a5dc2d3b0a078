/**
 * The generated package in a real browser against the real broker: esbuild bundles test/browser/page.ts
 * (the package and nothing else), Debian's chromium runs it headless through playwright-core, and the page
 * speaks AMQP over a WebSocket to a relay started here, which forwards to RabbitMQ over TCP. Node checks
 * what the page reports, and amqplib checks that the message is on the broker as the page sent it.
 * CHROMIUM_PATH overrides where chromium is looked for.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as amqplib from 'amqplib';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnginePageInput, EnginePageReport } from '../browser/engine-page.js';
import type { PageInput, PageReport } from '../browser/page.js';
import { startRelay, type Relay } from '../helpers/ws-relay.js';
import { amqpUrl, skipInterop, unique } from './helpers.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error('chromium not found: install Debian chromium (.ci/run does) or set CHROMIUM_PATH');
  }
}

describe.skipIf(skipInterop)('browser: the package in headless Chromium over a WebSocket relay', () => {
  let relay: Relay;
  let browser: Browser;
  let bundle: string;
  let inputs: string[];
  let engineBundle: { text: string; inputs: string[] };

  async function bundlePage(entry: string): Promise<{ text: string; inputs: string[] }> {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    return { text, inputs: Object.keys(result.metafile.inputs).map((p) => relative(ROOT, join(process.cwd(), p))) };
  }

  /** The relay's address and the broker's credentials, for a page to log in with. */
  function login(): { url: string; username: string; password: string } {
    const { username, password } = new URL(amqpUrl());
    return { url: relay.url, username: decodeURIComponent(username), password: decodeURIComponent(password) };
  }

  /** Loads `script` into a fresh page, runs its global `entry` on `input`; returns the report and what the page logged. */
  async function runPage<I, R>(script: string, entry: string, input: I): Promise<{ report: R; logs: string[] }> {
    const page = await browser.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(String(e)));
    await page.setContent(`<!doctype html><title>amqp-codegen ${entry}</title>`);
    await page.addScriptTag({ content: script });
    const report = (await page.evaluate(
      ([name, arg]) => (globalThis as unknown as Record<string, (a: unknown) => Promise<unknown>>)[name](arg),
      [entry, input] as const,
    )) as R;
    await page.close();
    return { report, logs };
  }

  /** Takes with amqplib the message the page left on `queue`, hands it to `check`, then deletes the queue. */
  async function checkLeftMessage(
    queue: string,
    check: (message: amqplib.GetMessage, channel: amqplib.Channel) => Promise<void> | void,
  ): Promise<void> {
    const connection = await amqplib.connect(amqpUrl());
    try {
      const channel = await connection.createChannel();
      const message = await channel.get(queue, { noAck: true });
      expect(message).not.toBe(false);
      if (message === false) return;
      await check(message, channel);
      await channel.deleteQueue(queue);
    } finally {
      await connection.close();
    }
  }

  beforeAll(async () => {
    ({ text: bundle, inputs } = await bundlePage('test/browser/page.ts'));
    engineBundle = await bundlePage('test/browser/engine-page.ts');
    const { hostname, port } = new URL(amqpUrl());
    relay = await startRelay({ host: hostname, port: Number(port || 5672) });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
  });

  it('bundles the page from the generated package alone (ESM build, no Node modules)', () => {
    const others = inputs.filter((p) => p !== 'test/browser/page.ts' && !p.startsWith('generated/dist/'));
    expect(others).toEqual([]);
    expect(inputs).toContain('generated/dist/index.js');
    expect(inputs.some((p) => p.startsWith('generated/dist/cjs/'))).toBe(false);
  });

  it('handshakes, declares, publishes with headers, consumes and closes; amqplib finds the message as sent', async () => {
    const input: PageInput = {
      ...login(),
      queue: unique('browser'),
      body: 'hello from Chromium €',
      headers: { 'x-from': 'chromium', 'x-n': 42 },
      timestamp: 1_700_000_000,
    };
    const { report, logs } = await runPage<PageInput, PageReport>(bundle, 'runAmqp', input);

    expect(logs).toEqual([]);
    expect(report.binaryType).toBe('[object ArrayBuffer]');
    expect(report.serverProduct).toBe('RabbitMQ');
    expect(report.tune.frameMax).toBeGreaterThanOrEqual(4096);
    expect(report.declaredQueue).toBe(input.queue);
    expect(report.delivery).toEqual({
      redelivered: false,
      routingKey: input.queue,
      body: input.body,
      properties: { contentType: 'text/plain', headers: input.headers, timestamp: input.timestamp },
    });
    expect(report.closeOk).toBe(true);
    expect(relay.stats.connections).toBe(1);
    expect(relay.stats.toTarget).toBeGreaterThan(0);

    // The page closed without acking, so the message is back on the queue: amqplib reads it as sent.
    await checkLeftMessage(input.queue, (message) => {
      expect(message.content.toString('utf8')).toBe(input.body);
      expect(message.fields.redelivered).toBe(true);
      expect(message.properties.contentType).toBe('text/plain');
      expect(message.properties.timestamp).toBe(input.timestamp);
      expect(message.properties.headers).toEqual(input.headers);
      expect(message.properties.messageId).toBeUndefined();
    });
  });

  it('the engine over the browser WebSocket (examples/client/websocket.ts): confirms, consume with acks, close', async () => {
    const others = engineBundle.inputs.filter(
      (p) =>
        // The page, its WebSocket transport and a plain-data test helper; nothing else but the package.
        !['test/browser/engine-page.ts', 'examples/client/websocket.ts', 'test/helpers/args.ts'].includes(p) &&
        !p.startsWith('generated/dist/'),
    );
    expect(others).toEqual([]);
    expect(engineBundle.inputs).toContain('generated/dist/engine/index.js');

    const input: EnginePageInput = {
      ...login(),
      queue: unique('browser-engine'),
      count: 200,
      last: 'left for amqplib €',
    };
    const before = relay.stats.connections;
    const { report, logs } = await runPage<EnginePageInput, EnginePageReport>(engineBundle.text, 'runEngine', input);

    expect(logs).toEqual([]);
    expect(report.serverProduct).toBe('RabbitMQ');
    expect(report.outcomes).toEqual(Array.from({ length: input.count + 1 }, () => 'ack'));
    // One queue, one consumer: delivered once each, in publish order.
    expect(report.delivered).toEqual(Array.from({ length: input.count }, (_, i) => `message ${i}`));
    expect(report.closedError).toBeUndefined();
    expect(relay.stats.connections).toBe(before + 1);

    // The acked messages are gone; the last one is on the queue as the page sent it.
    await checkLeftMessage(input.queue, async (message, channel) => {
      expect(message.content.toString('utf8')).toBe(input.last);
      expect(message.fields.redelivered).toBe(false);
      expect(message.properties.contentType).toBe('text/plain');
      expect(await channel.get(input.queue, { noAck: true })).toBe(false);
    });
  });
});
