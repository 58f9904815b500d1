import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What to undo, last-in first-out. Children are remembered so a hard exit can still kill them
 * synchronously, and tasks marked `sync` (stopping PostgreSQL, removing directories) run there too:
 * process.on('exit') allows no waiting.
 */
export class Cleanup {
  private readonly tasks: Array<{ name: string; run: () => Promise<void> | void; sync: boolean }> = [];
  private readonly children = new Set<ChildProcess>();
  private running: Promise<void> | undefined;

  add(name: string, run: () => Promise<void> | void, options: { sync?: boolean } = {}): void {
    this.tasks.push({ name, run, sync: options.sync ?? false });
  }

  track(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      while (this.tasks.length > 0) {
        const task = this.tasks.pop();
        if (!task) break;
        const started = Date.now();
        try {
          await task.run();
        } catch (err) {
          process.stderr.write(`cluster: cleanup of ${task.name} failed: ${errorMessage(err)}\n`);
        }
        const ms = Date.now() - started;
        if (ms > 2_000) process.stdout.write(`cluster: stopping ${task.name} took ${ms} ms\n`);
      }
    })();
    return this.running;
  }

  /** Last resort on exit: SIGKILL every child still running, then the synchronous tasks left. */
  runNow(): void {
    for (const child of this.children) child.kill('SIGKILL');
    while (this.tasks.length > 0) {
      const task = this.tasks.pop();
      if (!task?.sync) continue;
      try {
        void task.run();
      } catch {
        // exiting anyway
      }
    }
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ManagedProcess {
  name: string;
  pid: number;
  /** the process's output so far (also in its log file) */
  log(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

/**
 * Spawns a long-running child with its output in `logFile`, stopped with `stopSignal` and SIGKILL
 * after `graceMs`. Registered with the cleanup.
 */
export function spawnManaged(options: {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  logFile: string;
  cleanup: Cleanup;
  stopSignal?: NodeJS.Signals;
  graceMs?: number;
}): ManagedProcess {
  const out = fs.openSync(options.logFile, 'a');
  const child = spawn(options.command, options.args, {
    cwd: repoRoot,
    env: options.env ?? process.env,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  options.cleanup.track(child);
  let exitCode: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    });
    child.once('error', () => {
      exitCode = -1;
      resolve();
    });
  });
  const managed: ManagedProcess = {
    name: options.name,
    pid: child.pid ?? -1,
    log: () => (fs.existsSync(options.logFile) ? fs.readFileSync(options.logFile, 'utf8') : ''),
    exited: () => exitCode !== undefined,
    async stop() {
      if (exitCode !== undefined) return;
      child.kill(options.stopSignal ?? 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), options.graceMs ?? 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  options.cleanup.add(options.name, () => managed.stop());
  return managed;
}

export interface AppProcess extends ManagedProcess {
  port: number;
  baseUrl: string;
}

/**
 * One server process: `node --import tsx [--import <preload>] apps/server/src/server.ts` (node
 * itself, not an npx/tsx wrapper, so the pid is the server's and signals reach it), ready once
 * GET /api/health answers 200.
 */
export async function startAppProcess(options: {
  name: string;
  env: Record<string, string>;
  preload?: string;
  logDir: string;
  cleanup: Cleanup;
  readyTimeoutMs: number;
}): Promise<AppProcess> {
  const port = await freePort();
  const preload = options.preload ? ['--import', pathToFileURL(options.preload).href] : [];
  const proc = spawnManaged({
    name: options.name,
    command: process.execPath,
    args: ['--import', 'tsx', ...preload, 'apps/server/src/server.ts'],
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    logFile: path.join(options.logDir, `${options.name}.log`),
    cleanup: options.cleanup,
    graceMs: 10_000,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.readyTimeoutMs;
  for (;;) {
    if (proc.exited()) throw new Error(`${options.name} exited during start:\n${tail(proc.log())}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return { ...proc, port, baseUrl };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`${options.name} did not become healthy in time:\n${tail(proc.log())}`);
    }
    await sleep(200);
  }
}

export function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
