import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AppContext } from '../context';
import { countHit, findWindowCount, windowAt } from './counters';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** What @fastify/rate-limit passes to child(): the route's merged limit settings. */
interface ChildOptions {
  routeInfo?: { method?: string | string[]; url?: string };
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
}

const GLOBAL_ROUTE = '*';

function routeKeyOf(options: ChildOptions): string {
  const { method, url } = options.routeInfo ?? {};
  if (!url) return GLOBAL_ROUTE;
  const methods = Array.isArray(method) ? [...method].sort().join(',') : (method ?? '');
  return `${methods} ${url}`.trim();
}

/**
 * A @fastify/rate-limit store in the app's database, for several server processes on one
 * PostgreSQL: fixed windows aligned to the window length, counted with one upsert per request
 * (see countHit), on the app clock. `continueExceeding` and `exponentialBackoff` are not
 * supported (a route asking for them fails at start-up rather than being limited differently).
 */
export class DatabaseRateLimitStore implements FastifyRateLimitStore {
  constructor(
    private readonly ctx: AppContext,
    private readonly routeKey: string = GLOBAL_ROUTE,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number, _max?: number): void {
    const now = this.ctx.clock.now();
    countHit(this.ctx.db, { routeKey: this.routeKey, clientKey: key }, windowAt(now, timeWindow)).then(
      ({ count, expiresAt }) =>
        callback(null, { current: count, ttl: Math.max(0, expiresAt.getTime() - now.getTime()) }),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  }

  /** The state without counting (for `{ increment: false }` checks). */
  read(key: string, callback: Callback, timeWindow: number): void {
    const now = this.ctx.clock.now();
    const window = windowAt(now, timeWindow);
    findWindowCount(this.ctx.db, { routeKey: this.routeKey, clientKey: key }, window).then(
      (count) =>
        callback(null, { current: count, ttl: count === 0 ? 0 : window.end.getTime() - now.getTime() }),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  }

  child(options: object): FastifyRateLimitStore {
    const route = options as ChildOptions;
    if (route.continueExceeding || route.exponentialBackoff) {
      throw new Error(
        `rate limit on ${routeKeyOf(route)}: continueExceeding and exponentialBackoff are not supported by the shared store`,
      );
    }
    return new DatabaseRateLimitStore(this.ctx, routeKeyOf(route));
  }
}

/** The store class @fastify/rate-limit instantiates (its constructor gets only the plugin settings). */
export function databaseRateLimitStore(ctx: AppContext): FastifyRateLimitStoreCtor {
  return class extends DatabaseRateLimitStore {
    constructor() {
      super(ctx);
    }
  };
}
