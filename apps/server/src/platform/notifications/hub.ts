import type { AppContext } from '../context';
import { type NotificationListener, type NotificationSignal, startNotificationListener } from './listener';
import { findLastSeq, findNotificationsAfter, type NotificationRow } from './repository';
import { toNotification } from './service';
import { sseEvent } from './sse';

const BATCH = 100;

/** Where a stream writes: the raw HTTP response in production, anything in a unit test. */
export interface StreamSink {
  write(chunk: string): void;
  end(): void;
}

/** One open stream: it sends the user's notifications after `cursor`, in seq order, each once. */
interface LiveStream {
  userId: string;
  sink: StreamSink;
  /** the last seq sent; undefined until the stream has its starting point */
  cursor: number | undefined;
  pumping: boolean;
  again: boolean;
  closed: boolean;
}

export interface NotificationHub {
  /**
   * Registers a stream and sends what follows `afterSeq` (a reconnect's Last-Event-ID), or only
   * what is new when undefined. Returns the handle to close it.
   */
  open(userId: string, afterSeq: number | undefined, sink: StreamSink): Promise<{ close(): void }>;
  /** Ends every open stream (app shutdown) and stops listening. */
  stop(): Promise<void>;
  /** number of open streams in this process */
  size(): number;
}

/**
 * The live streams of this process. A committed notification's signal (LISTEN, from any process)
 * makes the recipient's streams read what follows their cursor from the database, so the database
 * is the only source: nothing is lost to a missed signal that a later one or a resync catches up.
 */
export function createNotificationHub(ctx: AppContext): NotificationHub {
  const byUser = new Map<string, Set<LiveStream>>();
  let listening: Promise<NotificationListener> | undefined;
  let stopped = false;

  const pump = async (stream: LiveStream): Promise<void> => {
    if (stream.pumping) {
      stream.again = true;
      return;
    }
    stream.pumping = true;
    try {
      do {
        stream.again = false;
        let rows: NotificationRow[] = [];
        do {
          if (stream.closed || stream.cursor === undefined) return;
          rows = await findNotificationsAfter(ctx.db, stream.userId, stream.cursor, BATCH);
          for (const row of rows) {
            if (stream.closed) return;
            stream.sink.write(sseEvent({ id: row.seq, name: 'notification', data: toNotification(row) }));
            stream.cursor = row.seq;
          }
        } while (rows.length === BATCH);
      } while (stream.again);
    } catch (err) {
      // the client reconnects with its Last-Event-ID and gets the rest
      ctx.log.warn({ err }, 'notification stream failed; closing it');
      close(stream);
    } finally {
      stream.pumping = false;
    }
  };

  const close = (stream: LiveStream) => {
    if (stream.closed) return;
    stream.closed = true;
    const set = byUser.get(stream.userId);
    set?.delete(stream);
    if (set?.size === 0) byUser.delete(stream.userId);
    stream.sink.end();
  };

  const onSignal = (signal: NotificationSignal) => {
    for (const stream of byUser.get(signal.userId) ?? []) {
      if (stream.cursor !== undefined && signal.seq > stream.cursor) void pump(stream);
    }
  };
  const onResync = () => {
    for (const set of byUser.values()) for (const stream of set) void pump(stream);
  };

  return {
    async open(userId, afterSeq, sink) {
      if (stopped) throw new Error('notification hub stopped');
      listening ??= startNotificationListener(ctx, { onSignal, onResync });
      await listening;
      const stream: LiveStream = {
        userId,
        sink,
        cursor: undefined,
        pumping: false,
        again: false,
        closed: false,
      };
      let set = byUser.get(userId);
      if (!set) {
        set = new Set();
        byUser.set(userId, set);
      }
      // registered before the starting point is read: a notification committed in between is
      // either counted in the starting point or signalled after it, never neither
      set.add(stream);
      try {
        stream.cursor = afterSeq ?? (await findLastSeq(ctx.db, userId));
      } catch (err) {
        close(stream);
        throw err;
      }
      void pump(stream);
      return { close: () => close(stream) };
    },
    async stop() {
      stopped = true;
      for (const set of [...byUser.values()]) for (const stream of [...set]) close(stream);
      const listener = await listening?.catch(() => undefined);
      listening = undefined;
      await listener?.stop();
    },
    size() {
      let n = 0;
      for (const set of byUser.values()) n += set.size;
      return n;
    },
  };
}
