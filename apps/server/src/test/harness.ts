import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { ManualClock } from '../platform/clock';
import type { AppContext } from '../platform/context';
import { TEMPLATE_DB, withDatabaseName } from './template';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: ManualClock;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** A fresh copy of the migrated template database: PGlite by default, PostgreSQL under test:pg. */
export async function openTestDatabase(): Promise<{ database: DatabaseHandle; drop(): Promise<void> }> {
  const pgUrl = inject('pgTemplateUrl');
  if (pgUrl) {
    const name = `houqin_t_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: pgUrl, poolSize: 1 });
    await admin.pool?.query(`create database ${name} template ${TEMPLATE_DB}`);
    const database = await openDatabase({ databaseUrl: withDatabaseName(pgUrl, name), poolSize: 30 });
    return {
      database,
      async drop() {
        await admin.pool?.query(`drop database if exists ${name} with (force)`);
        await admin.close();
      },
    };
  }
  const file = inject('pgliteTemplateFile');
  const database = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(file)]) });
  return { database, drop: async () => {} };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-data-')),
    HOUQIN_SECRET: 'test-secret-that-is-long-enough-for-hkdf-000',
    HOUQIN_DEMO: 'false',
    SERVE_APPS: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_SLOWDOWN_BASE_MS: '0',
  });
  return { ...base, ...overrides };
}

/** The whole app on its own database copy, with a clock the test moves. Close it in afterAll. */
export async function createTestApp(
  options: { config?: Partial<Config>; now?: string } = {},
): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  const clock = new ManualClock(options.now ?? new Date());
  const config = testConfig(options.config);
  const { app, ctx } = await buildApp({ config, database, clock, background: false });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    database,
    async close() {
      await app.close();
      await database.close();
      await drop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
