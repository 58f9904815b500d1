import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The typed Drizzle client, the same type on PGlite and on a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema>;
/** Repository functions take either, so a service can run several in one transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** the pg pool on a PostgreSQL server (for LISTEN/NOTIFY and pool metrics) */
  pool?: pg.Pool;
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** directory of the embedded store; undefined = in memory */
  dataDir?: string;
  poolSize?: number;
  /** a dumped PGlite data dir to start from (tests clone a migrated template this way) */
  loadDataDir?: Blob | File;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      // a new server connection costs tens of ms (a backend process, cold caches): keep them for
      // a quiet spell instead of pg's 10 s, so a burst after a pause does not pay that per request
      idleTimeoutMillis: 5 * 60_000,
    });
    // an idle client that loses its server must not crash the process
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  let dir: string | undefined;
  if (options.dataDir) {
    dir = path.join(options.dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create({
    dataDir: dir,
    extensions: { btree_gist },
    loadDataDir: options.loadDataDir,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Rows of a raw `db.execute(sql…)`: node-postgres and PGlite both answer `{ rows }`. */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Lets the caller's transaction commit without waiting for its WAL record to reach the disk, for
 * writes a crash may lose without harm (a session's last-seen time; an audit seal, redone from the
 * same committed entries). Under load each such wait is an fsync that the next commits queue
 * behind. Only this transaction is affected (SET LOCAL).
 */
export async function commitWithoutFlushWait(tx: Executor): Promise<void> {
  await tx.execute(sql`set local synchronous_commit = off`);
}
