// npm run bench -- [--store embedded|postgres|all] [--duration <s>] [--warmup <s>] [--scenario <name>[,<name>…]]
// Starts the server (and the bare baseline server) as child processes on loopback ports, on the
// embedded store and on a throwaway PostgreSQL when Debian's binaries are installed, drives each
// scenario with autocannon and prints a Markdown table (also written to bench/results/latest.md).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startThrowawayPostgres } from '../scripts/postgres.mjs';
import { loginHeaders, tryLogin } from './lib/bench-user';
import { type ResultRow, runScenario } from './lib/load';
import { Cleanup, errorMessage, type RunningServer, repoRoot, startServer } from './lib/processes';
import { markdownReport } from './lib/report';
import { type Scenario, type ScenarioContext, type StoreKind, scenarios } from './scenarios';

interface Options {
  stores: StoreKind[];
  storeExplicit: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  selected: Scenario[];
}

const usage = `usage: npm run bench -- [--store embedded|postgres|all] [--duration <s>] [--warmup <s>] [--scenario <name>[,<name>…]]
  --store     default all (PostgreSQL only when Debian's binaries are under /usr/lib/postgresql)
  --duration  seconds of load per scenario, default 10
  --warmup    seconds of load before each measured run, default 1 (0 = none)
  --scenario  ${scenarios.map((s) => s.name).join(', ')} (default: all)`;

class UsageError extends Error {}

function seconds(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > 3600)
    throw new UsageError(`--${flag} must be a number of seconds ≥ ${min}`);
  return n;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string', default: 'all' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '1' },
      scenario: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const store = values.store;
  let stores: StoreKind[];
  if (store === 'all') stores = ['embedded', 'postgres'];
  else if (store === 'embedded' || store === 'postgres') stores = [store];
  else throw new UsageError(`--store must be embedded, postgres or all, not ${store}`);

  let selected = scenarios;
  if (values.scenario) {
    const names = values.scenario.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => !scenarios.some((s) => s.name === name));
    if (unknown.length > 0) {
      throw new UsageError(
        `unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
      );
    }
    selected = scenarios.filter((s) => names.includes(s.name));
  }
  return {
    stores,
    storeExplicit: store !== 'all',
    durationSeconds: seconds('duration', values.duration, 1),
    warmupSeconds: seconds('warmup', values.warmup, 0),
    selected,
  };
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function postgresBinariesPresent(): boolean {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return false;
  return fs.readdirSync(root).some((version) => fs.existsSync(path.join(root, version, 'bin', 'initdb')));
}

function describeRow(row: ResultRow): string {
  if (row.failure) return `${row.scenario} on ${row.store}: FAILED ${row.failure}`;
  const rps = Math.round(row.requestsPerSecond ?? 0);
  return `${row.scenario} on ${row.store}: ${rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, non-2xx ${row.non2xx}, errors ${row.errors}`;
}

class Bench {
  readonly rows: ResultRow[] = [];
  readonly notes: string[] = [];
  failed = false;
  private readonly secret = randomBytes(36).toString('base64url');

  constructor(
    private readonly options: Options,
    private readonly cleanup: Cleanup,
  ) {}

  async runStore(store: StoreKind): Promise<void> {
    let databaseUrl: string | undefined;
    let stopPostgres: (() => void) | undefined;
    if (store === 'postgres') {
      if (!postgresBinariesPresent()) {
        this.notes.push(
          'postgres: skipped, no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)',
        );
        if (this.options.storeExplicit) this.failed = true;
        return;
      }
      log('starting a throwaway PostgreSQL');
      const postgres = await startThrowawayPostgres({ durable: true });
      stopPostgres = () => postgres.stop();
      this.cleanup.add(stopPostgres);
      databaseUrl = postgres.url;
      this.notes.push(
        'postgres: a throwaway PostgreSQL with default durability (fsync and synchronous commit on)',
      );
    }
    try {
      const appScenarios = this.options.selected.filter((s) => (s.target ?? 'app') === 'app');
      const baselineScenarios = this.options.selected.filter((s) => s.target === 'baseline');
      if (appScenarios.length > 0) {
        const app = await this.startApp(store, databaseUrl);
        try {
          await this.runScenarios(store, app, appScenarios);
        } finally {
          await this.stopServer(app);
        }
      }
      if (baselineScenarios.length > 0) {
        const baseline = await this.startBaseline(store, databaseUrl);
        try {
          await this.runScenarios(store, baseline, baselineScenarios);
        } finally {
          await this.stopServer(baseline);
        }
      }
    } finally {
      stopPostgres?.();
    }
  }

  private async runScenarios(store: StoreKind, server: RunningServer, list: Scenario[]): Promise<void> {
    const ctx: ScenarioContext = {
      store,
      baseUrl: server.baseUrl,
      login: (credentials) => loginHeaders(server.baseUrl, credentials),
      request: (requestPath, init) => fetch(`${server.baseUrl}${requestPath}`, init),
    };
    for (const scenario of list) {
      log(
        `${scenario.name} on ${store}: ${scenario.connections} connections for ${this.options.durationSeconds} s`,
      );
      let row: ResultRow;
      try {
        row = await runScenario(scenario, ctx, this.options);
      } catch (err) {
        row = {
          scenario: scenario.name,
          store,
          connections: scenario.connections,
          failure: errorMessage(err),
        };
        this.failed = true;
      }
      log(describeRow(row));
      this.rows.push(row);
    }
  }

  private appEnv(dataDir: string, databaseUrl: string | undefined): Record<string, string | undefined> {
    return {
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: databaseUrl ? '50' : undefined,
      SERVE_APPS: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOUQIN_DEMO: 'true',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_SLOWDOWN_BASE_MS: '0',
      HOUQIN_SECRET: this.secret,
    };
  }

  /** The server with demo data; the bench user is created in the database when it cannot sign in. */
  private async startApp(store: StoreKind, databaseUrl: string | undefined): Promise<RunningServer> {
    const dataDir = this.cleanup.tempDir(`houqin-bench-${store}-`);
    const start = () => {
      log(`starting the server on ${store}`);
      return startServer({
        name: `server (${store})`,
        entry: 'apps/server/src/server.ts',
        env: this.appEnv(dataDir, databaseUrl),
        readyPath: '/api/health',
        readyTimeoutMs: 180_000,
        cleanup: this.cleanup,
      });
    };
    const app = await start();
    const login = await tryLogin(app.baseUrl);
    if (login.status !== 200) {
      await app.stop();
      throw new Error(`demo user cannot sign in: HTTP ${login.status} ${login.body.slice(0, 300)}`);
    }
    return app;
  }

  private startBaseline(store: StoreKind, databaseUrl: string | undefined): Promise<RunningServer> {
    log(`starting the baseline server on ${store}`);
    return startServer({
      name: `baseline server (${store})`,
      entry: 'bench/baseline-server.ts',
      env: databaseUrl
        ? { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '50', DATA_DIR: undefined }
        : { DATABASE_URL: undefined, DATA_DIR: this.cleanup.tempDir('houqin-bench-baseline-') },
      readyPath: '/health',
      readyTimeoutMs: 180_000,
      cleanup: this.cleanup,
    });
  }

  private async stopServer(server: RunningServer): Promise<void> {
    await server.stop();
    const warnings = server.warningCount();
    if (warnings > 0) {
      const last = server.logTail().split('\n').at(-1)?.slice(0, 400) ?? '';
      this.notes.push(`${server.name} logged ${warnings} warning/error line(s); last: \`${last}\``);
    }
    log(`${server.name} stopped`);
  }
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${errorMessage(err)}\n${usage}\n`);
    return 2;
  }
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const cleanup = new Cleanup();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers and removing temporary data`);
      void cleanup.runAll().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => cleanup.killChildrenNow());

  const bench = new Bench(options, cleanup);
  try {
    for (const store of options.stores) {
      try {
        await bench.runStore(store);
      } catch (err) {
        bench.failed = true;
        bench.notes.push(`${store}: ${errorMessage(err)}`);
        log(`${store} failed: ${errorMessage(err)}`);
      }
    }
  } finally {
    await cleanup.runAll();
  }

  const report = markdownReport({
    rows: bench.rows,
    notes: bench.notes,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    loadAverageAtStart,
    commit: gitCommit(),
  });
  const resultsDir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'latest.md'), report);
  process.stdout.write(`\n${report}\nwritten to bench/results/latest.md\n`);
  return bench.failed ? 1 : 0;
}

// exit explicitly: a handle left open by a dependency must not keep a finished bench alive
process.exit(await main());
