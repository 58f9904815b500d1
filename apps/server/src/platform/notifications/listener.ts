import pg from 'pg';
import type { AppContext } from '../context';
import { NOTIFY_CHANNEL } from './notify';

export interface NotificationSignal {
  userId: string;
  seq: number;
}

export interface ListenerHandlers {
  /** a notification committed (in any process on this database) */
  onSignal(signal: NotificationSignal): void;
  /** the connection came back after a loss: signals may have been missed, catch up */
  onResync(): void;
}

export interface NotificationListener {
  stop(): Promise<void>;
}

function parseSignal(payload: string | undefined): NotificationSignal | undefined {
  if (!payload) return undefined;
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return undefined;
    const { userId, seq } = value as { userId?: unknown; seq?: unknown };
    return typeof userId === 'string' && typeof seq === 'number' ? { userId, seq } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * LISTENs for committed notifications. On PostgreSQL a dedicated client (not one of the pool's:
 * LISTEN belongs to a session) that reconnects with backoff after an error; on PGlite the embedded
 * database's own listen. NOTIFY is sent inside the writing transaction, so both deliver on commit only.
 */
export async function startNotificationListener(
  ctx: AppContext,
  handlers: ListenerHandlers,
): Promise<NotificationListener> {
  const onPayload = (payload: string | undefined) => {
    const signal = parseSignal(payload);
    if (signal) handlers.onSignal(signal);
  };
  const { pglite, pool } = ctx.database;
  if (pglite) {
    const unlisten = await pglite.listen(NOTIFY_CHANNEL, onPayload);
    return { stop: () => unlisten().catch(() => undefined) };
  }
  if (!pool) throw new Error('no database to listen on');
  return listenOnPostgres(ctx, pool.options, onPayload, handlers.onResync);
}

function listenOnPostgres(
  ctx: AppContext,
  options: pg.ClientConfig,
  onPayload: (payload: string | undefined) => void,
  onResync: () => void,
): Promise<NotificationListener> {
  let client: pg.Client | undefined;
  let stopped = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  const retry = () => {
    if (stopped || retryTimer) return;
    const delay = Math.min(10_000, 250 * 2 ** failures);
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect(true);
    }, delay);
    retryTimer.unref();
  };

  const connect = async (isReconnect: boolean) => {
    const next = new pg.Client(options);
    client = next;
    next.on('notification', (msg) => {
      if (msg.channel === NOTIFY_CHANNEL) onPayload(msg.payload);
    });
    const lost = (err?: Error) => {
      if (stopped || client !== next) return;
      client = undefined;
      ctx.log.warn({ err: err?.message }, 'notification listener lost its connection; reconnecting');
      next.end().catch(() => undefined);
      retry();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    try {
      await next.connect();
      await next.query(`LISTEN ${NOTIFY_CHANNEL}`);
      failures = 0;
      if (isReconnect) onResync();
    } catch (err) {
      lost(err instanceof Error ? err : new Error(String(err)));
    }
  };

  return connect(false).then(() => ({
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  }));
}
