import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { OffsetClock } from './platform/clock';
import { seedOnFirstStart } from './seed/first-start';

/** Opens the store, migrates, seeds an empty database, and builds the app (closing it closes the store). */
export async function bootstrap(config: Config): Promise<{ app: FastifyInstance }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await migrateDatabase(database);
  const clock = config.testClockToken ? new OffsetClock() : undefined;
  const { app, ctx } = await buildApp({ config, database, ownsDatabase: true, ...(clock ? { clock } : {}) });
  await seedOnFirstStart(ctx);
  return { app };
}
