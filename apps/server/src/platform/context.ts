import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { Database, DatabaseHandle } from '../db/client';
import type { Clock } from './clock';
import type { Keys } from './crypto';

/** What every service needs, built once in buildApp and passed explicitly (no container magic). */
export interface AppContext {
  config: Config;
  db: Database;
  database: DatabaseHandle;
  clock: Clock;
  keys: Keys;
  log: FastifyBaseLogger;
}
