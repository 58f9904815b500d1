import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Request counters of the shared rate-limit store (several server processes on one PostgreSQL):
 * one row per route, client and fixed time window. Each request is one upsert that adds 1 and
 * returns the count; rows whose window has ended are purged by a recurring job.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    /** the limited route, e.g. "POST /api/auth/login" */
    routeKey: text('route_key').notNull(),
    /** who is counted: the client address (request.ip, from X-Forwarded-For behind a trusted proxy) */
    clientKey: text('client_key').notNull(),
    /** start of the window: time aligned to the window length */
    windowStart: timestamp('window_start', { withTimezone: true, precision: 3 }).notNull(),
    count: integer('count').notNull(),
    /** window start + window length: the row means nothing after this */
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'rate_limit_counters_pkey', columns: [t.routeKey, t.clientKey, t.windowStart] }),
    index('rate_limit_counters_expires_idx').on(t.expiresAt),
  ],
);
