// Server and script modules the bench loads at run time (through tsx), typed here by the little it
// uses. A static import, even `import type`, would pull the server's sources into this composite
// project (TS6307) and make `tsc -p bench` depend on the server's build output; the checks below
// give a clear message instead if one of these exports is renamed.
import type { SQL } from 'drizzle-orm';

/** The part of apps/server/src/db/client.ts DatabaseHandle the bench uses. */
export interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  db: { execute(query: SQL): Promise<unknown> };
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}

export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}

async function loadExport(relativePath: string, name: string): Promise<unknown> {
  const url = new URL(relativePath, import.meta.url);
  const loaded: unknown = await import(url.href);
  const value =
    typeof loaded === 'object' && loaded !== null ? (loaded as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'function') {
    throw new Error(
      `bench: ${url.pathname} no longer exports a function ${name}; update bench/lib/server-modules.ts`,
    );
  }
  return value;
}

export async function loadOpenDatabase(): Promise<(options: OpenDatabaseOptions) => Promise<BenchDatabase>> {
  return (await loadExport('../../apps/server/src/db/client.ts', 'openDatabase')) as (
    options: OpenDatabaseOptions,
  ) => Promise<BenchDatabase>;
}

/** The server's own argon2id hashing, so a bench user's hash is exactly what login expects. */
export async function loadHashPassword(): Promise<(password: string) => Promise<string>> {
  return (await loadExport('../../apps/server/src/platform/auth/password.ts', 'hashPassword')) as (
    password: string,
  ) => Promise<string>;
}

export async function loadStartThrowawayPostgres(): Promise<() => Promise<ThrowawayPostgres>> {
  return (await loadExport(
    '../../scripts/postgres.mjs',
    'startThrowawayPostgres',
  )) as () => Promise<ThrowawayPostgres>;
}
