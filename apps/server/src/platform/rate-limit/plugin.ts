import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../context';
import { databaseRateLimitStore } from './store';
// declares the recurring purge of ended windows with the scheduler
import './purge';

export type RateLimitStoreKind = 'database' | 'memory';

/**
 * Where request counts live: in the database when the app runs on a PostgreSQL server (several
 * processes share one limit), in this process's memory on the embedded store (one process only).
 */
export function rateLimitStoreKind(ctx: AppContext): RateLimitStoreKind {
  return ctx.database.kind === 'postgres' ? 'database' : 'memory';
}

/**
 * @fastify/rate-limit for the whole app, off by default: a route opts in with
 * `config: { rateLimit: { max, timeWindow } }`, counted per client address (request.ip).
 * `store` overrides the choice (tests of the shared store on the embedded database).
 */
async function rateLimitPlugin(app: FastifyInstance, opts: { ctx: AppContext; store?: RateLimitStoreKind }) {
  const kind = opts.store ?? rateLimitStoreKind(opts.ctx);
  await app.register(rateLimit, {
    global: false,
    ...(kind === 'database' ? { store: databaseRateLimitStore(opts.ctx) } : {}),
  });
}

export default fp(rateLimitPlugin, { name: 'houqin-rate-limit' });
