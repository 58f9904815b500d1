// npm run test:cluster — two server processes on one throwaway PostgreSQL behind nginx, on loopback.
// Proves what must hold with several processes and no shared memory: (a) live notifications cross
// processes, (b) a scheduled job runs once, (c) sessions work on any process, (d) the login rate
// limit is one count. Prints PASS/FAIL per check; exits non-zero on any failure; bounded in time;
// removes every process and temporary file it made, also on failure and Ctrl-C.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../../apps/server/src/config.ts';
import { openDatabase } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { systemClock } from '../../apps/server/src/platform/clock.ts';
import type { AppContext } from '../../apps/server/src/platform/context.ts';
import { deriveKeys } from '../../apps/server/src/platform/crypto.ts';
import { startThrowawayPostgres } from '../postgres.mjs';
import {
  type Cluster,
  checkJobsRunOnce,
  checkLoginLimitShared,
  checkNotificationReachesOtherProcess,
  checkSessionAcrossProcesses,
} from './checks';
import { NGINX_BIN, startNginx } from './nginx';
import { Cleanup, errorMessage, repoRoot, startAppProcess, tail } from './processes';

const TIME_LIMIT_MS = 120_000;
const LOGIN_LIMIT = 10;

const say = (line: string) => process.stdout.write(`${line}\n`);
const cleanup = new Cleanup();
let failed = false;
let interrupted = false;
let finishing: Promise<never> | undefined;

/** Cleans up once (later calls wait for the same cleanup) and exits with the first code. */
function finish(code: number): Promise<never> {
  finishing ??= cleanup.runAll().then(() => process.exit(code));
  return finishing;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (finishing) {
      say(`cluster: ${signal} again, killing what is left`);
      process.exit(130); // the exit handler kills the children and stops PostgreSQL
    }
    interrupted = true;
    say(`cluster: ${signal}, cleaning up`);
    void finish(130);
  });
}
process.on('exit', () => cleanup.runNow());

function ensureBuilt() {
  const missing = ['apps/mobile/dist/index.html', 'apps/admin/dist/index.html'].filter(
    (f) => !fs.existsSync(path.join(repoRoot, f)),
  );
  if (missing.length === 0) return;
  say(`cluster: ${missing.join(', ')} missing: npm run build`);
  const res = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('npm run build failed');
}

async function main(): Promise<void> {
  if (!fs.existsSync(NGINX_BIN)) throw new Error(`${NGINX_BIN} not found (apt-get install nginx)`);
  ensureBuilt();
  const started = performance.now();
  const deadline = setTimeout(() => {
    say(`FAIL cluster: did not finish within ${TIME_LIMIT_MS / 1000} s`);
    interrupted = true;
    void finish(1);
  }, TIME_LIMIT_MS);
  deadline.unref();

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-cluster-'));
  cleanup.add('temporary directory', () => fs.rmSync(work, { recursive: true, force: true }), { sync: true });
  const logDir = path.join(work, 'logs');
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(logDir);
  fs.mkdirSync(dataDir);
  const keepLogs = () => {
    // on failure the logs outlive the run
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-cluster-logs-'));
    fs.cpSync(logDir, kept, { recursive: true });
    if (fs.existsSync(path.join(work, 'nginx', 'error.log')))
      fs.copyFileSync(path.join(work, 'nginx', 'error.log'), path.join(kept, 'nginx-error.log'));
    say(`cluster: logs kept in ${kept}`);
  };

  const pg = await startThrowawayPostgres();
  cleanup.add('PostgreSQL', () => pg.stop(), { sync: true });
  say(`cluster: PostgreSQL at ${pg.url}`);

  // migrations once, by the runner; the test-only job table the servers' test job writes to
  const database = await openDatabase({ databaseUrl: pg.url, poolSize: 4 });
  cleanup.add('runner database pool', () => database.close());
  await migrateDatabase(database);
  await database.pool?.query(
    'create table cluster_test_job_runs (job_key text not null, job_id uuid not null, pid integer not null, ran_at timestamptz not null default now())',
  );

  const secret = randomBytes(32).toString('hex');
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: pg.url,
    DATABASE_POOL_SIZE: '10',
    HOUQIN_SECRET: secret,
    HOUQIN_ADMIN_PASSWORD: 'Cluster-admin-2026',
    HOUQIN_DEMO: 'true',
    DATA_DIR: dataDir,
    TRUST_PROXY: 'true',
    AUTH_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
  };
  const preload = path.join(repoRoot, 'scripts/cluster/test-jobs.ts');
  // A first (it seeds the demo data into the empty database), then B with the same settings
  const a = await startAppProcess({ name: 'A', env, preload, logDir, cleanup, readyTimeoutMs: 60_000 });
  say(`cluster: process A (pid ${a.pid}) on ${a.baseUrl}`);
  const b = await startAppProcess({ name: 'B', env, preload, logDir, cleanup, readyTimeoutMs: 60_000 });
  say(`cluster: process B (pid ${b.pid}) on ${b.baseUrl}`);
  const nginx = await startNginx({ prefix: path.join(work, 'nginx'), upstreams: [a.port, b.port], cleanup });
  say(
    `cluster: nginx (pid ${nginx.pid}) on ${nginx.baseUrl}, started in ${Math.round(performance.now() - started)} ms`,
  );

  const config = loadConfig({ ...env, PORT: '0' });
  const ctx: AppContext = {
    config,
    db: database.db,
    database,
    clock: systemClock,
    keys: deriveKeys(secret),
    log: pino({ level: 'silent' }),
  };
  const cluster: Cluster = { a, b, nginxUrl: nginx.baseUrl, ctx, database, loginLimit: LOGIN_LIMIT };

  const checks: Array<[string, (c: Cluster) => Promise<string>]> = [
    ['session created on A works on B', checkSessionAcrossProcesses],
    [
      'notification reaches an SSE stream on the other process within 1 s',
      checkNotificationReachesOtherProcess,
    ],
    ['job scheduled while both run executes exactly once', checkJobsRunOnce],
    ['login rate limit is shared by A and B', checkLoginLimitShared],
  ];
  for (const [name, check] of checks) {
    if (interrupted) return;
    const t0 = performance.now();
    try {
      const detail = await check(cluster);
      say(`PASS ${name} — ${detail} (${Math.round(performance.now() - t0)} ms)`);
    } catch (err) {
      if (interrupted) return;
      failed = true;
      say(`FAIL ${name} — ${errorMessage(err)}`);
    }
  }
  for (const proc of [a, b]) {
    if (proc.exited()) {
      failed = true;
      say(`FAIL process ${proc.name} exited during the checks:\n${tail(proc.log())}`);
    }
  }
  if (failed) keepLogs();
  say(
    `cluster: ${failed ? 'FAILED' : 'all checks passed'} in ${Math.round((performance.now() - started) / 1000)} s`,
  );
}

main().then(
  () => finish(failed ? 1 : 0),
  (err) => {
    if (!interrupted) say(`FAIL cluster setup — ${errorMessage(err)}`);
    return finish(1);
  },
);
