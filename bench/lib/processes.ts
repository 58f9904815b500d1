import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything to undo when the bench ends or is interrupted, undone last-in first-out. */
export class Cleanup {
  private readonly tasks: Array<() => Promise<void> | void> = [];
  private readonly children = new Set<ChildProcess>();

  add(task: () => Promise<void> | void): void {
    this.tasks.push(task);
  }

  track(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  tempDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.add(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async runAll(): Promise<void> {
    for (const child of this.children) child.kill('SIGTERM');
    while (this.tasks.length > 0) {
      const task = this.tasks.pop();
      try {
        await task?.();
      } catch (err) {
        process.stderr.write(`bench: cleanup step failed: ${errorMessage(err)}\n`);
      }
    }
  }

  /** Last resort on a hard exit: only synchronous work is possible there. */
  killChildrenNow(): void {
    for (const child of this.children) child.kill('SIGKILL');
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

export interface RunningServer {
  name: string;
  baseUrl: string;
  /** the last lines the process wrote (stdout and stderr) */
  logTail(): string;
  /** lines written at pino level warn or above, or any stderr line */
  warningCount(): number;
  /** SIGTERM, wait for a graceful exit, SIGKILL after the grace period */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  name: string;
  /** a TypeScript entry file, relative to the repository root, run with tsx */
  entry: string;
  env: Record<string, string | undefined>;
  /** GET path answering 200 once the server is ready */
  readyPath: string;
  readyTimeoutMs: number;
  cleanup: Cleanup;
}

const TAIL_LINES = 40;
const STOP_GRACE_MS = 20_000;

/** Starts `node --import tsx <entry>` on a free loopback port and waits until readyPath answers 200. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' };
  for (const [key, value] of Object.entries(options.env)) if (value === undefined) delete env[key];

  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the servers under load
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', options.entry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.cleanup.track(child);

  const tail: string[] = [];
  let warnings = 0;
  const collect = (stream: 'stdout' | 'stderr') => {
    let pending = '';
    return (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        const level = /"level":(\d+)/.exec(line)?.[1];
        if (stream === 'stderr' || (level !== undefined && Number(level) >= 40)) warnings += 1;
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
    };
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    name: options.name,
    baseUrl,
    logTail: () => tail.join('\n'),
    warningCount: () => warnings,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exitPromise;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + options.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `${options.name} exited during start (code ${exited.code}, signal ${exited.signal}):\n${server.logTail()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}${options.readyPath}`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(
    `${options.name} did not answer GET ${options.readyPath} within ${options.readyTimeoutMs / 1000} s:\n${server.logTail()}`,
  );
}
