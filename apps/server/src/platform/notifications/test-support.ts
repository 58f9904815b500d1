import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import type { Config } from '../../config';
import { type DatabaseHandle, openDatabase } from '../../db/client';
import { type TestApp, testConfig } from '../../test/harness';
import type { AppContext } from '../context';
import { type NotifyInput, notify } from './notify';

/** Test helpers for notifications: listening apps, a second "process", an SSE client. */

export async function listenOn(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** Notifies in a transaction of its own (what a service does inside its action). */
export function notifyNow(ctx: AppContext, input: NotifyInput): Promise<number> {
  return ctx.db.transaction((tx) => notify(ctx, tx, input));
}

/**
 * A second app on the same database, like a second server process: on PostgreSQL its own pool
 * (and so its own LISTEN connection); on PGlite the same embedded database, which only one process
 * can open.
 */
export async function openSecondApp(
  first: TestApp,
  config: Partial<Config> = {},
): Promise<{ app: FastifyInstance; ctx: AppContext; close(): Promise<void> }> {
  const connectionString = first.database.pool?.options.connectionString;
  const database: DatabaseHandle = connectionString
    ? await openDatabase({ databaseUrl: connectionString, poolSize: 5 })
    : first.database;
  const appConfig = testConfig(config);
  const { app, ctx } = await buildApp({
    config: appConfig,
    database,
    clock: first.clock,
    background: false,
  });
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      if (database !== first.database) await database.close();
      fs.rmSync(appConfig.dataDir, { recursive: true, force: true });
    },
  };
}

export interface SseEvent {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** the raw text received so far (comments and retry lines included) */
  text(): string;
  /** the next event, or throws after timeoutMs */
  next(timeoutMs?: number): Promise<SseEvent>;
  /** events arriving within ms (none is fine) */
  collect(ms: number): Promise<SseEvent[]>;
  close(): void;
}

function parseEvent(block: string): SseEvent | undefined {
  const event: SseEvent = { id: undefined, event: undefined, data: '' };
  let hasData = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') event.id = value;
    else if (field === 'event') event.event = value;
    else if (field === 'data') {
      event.data = hasData ? `${event.data}\n${value}` : value;
      hasData = true;
    }
  }
  return hasData ? event : undefined;
}

/**
 * A real HTTP EventSource-like reader. node:http with its own connection (agent: false), not
 * fetch: undici opens a spare keep-alive connection that a closing server then waits ~4 s for.
 */
export function openSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const queue: SseEvent[] = [];
  const waiters: Array<() => void> = [];
  let raw = '';
  let buffer = '';
  let ended = false;
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  const onText = (chunk: string) => {
    raw += chunk;
    buffer += chunk;
    let cut = buffer.indexOf('\n\n');
    while (cut !== -1) {
      const event = parseEvent(buffer.slice(0, cut));
      if (event) queue.push(event);
      buffer = buffer.slice(cut + 2);
      cut = buffer.indexOf('\n\n');
    }
    wake();
  };
  const finish = () => {
    ended = true;
    wake();
  };
  const next = async (timeoutMs = 1_000): Promise<SseEvent> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const event = queue.shift();
      if (event) return event;
      if (ended) throw new Error('stream ended');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { headers: { accept: 'text/event-stream', ...headers }, agent: false },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', onText);
        res.on('end', finish);
        res.on('close', finish);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: () => raw,
          next,
          async collect(ms) {
            await new Promise((r) => setTimeout(r, ms));
            return queue.splice(0);
          },
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', (err) => {
      finish();
      reject(err);
    });
  });
}

/** Waits until `check` passes (polling), for effects of another connection. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
