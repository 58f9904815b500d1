// Starts a throwaway PostgreSQL server (Debian's binaries) on a free loopback port.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function findBinDir() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  // the oldest installed major: production may run 15, so prove the code there
  return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * @param {{durable?: boolean}} [options] durable: keep fsync and synchronous commit on (benchmarks);
 *   tests turn them off for speed
 * @returns {Promise<{url: string, stop: () => void}>}
 */
export async function startThrowawayPostgres({ durable = false } = {}) {
  const bin = findBinDir();
  if (!bin)
    throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'houqin-pg-'));
  fs.chmodSync(base, 0o755);
  const dataDir = path.join(base, 'data');
  const sockDir = path.join(base, 'sock');
  fs.mkdirSync(dataDir);
  fs.mkdirSync(sockDir);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const full = path.join(bin, cmd);
    const res = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', base]);
  run('initdb', ['-D', dataDir, '-A', 'trust', '-E', 'UTF8', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const opts = `-k ${sockDir} -p ${port} -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB${fast}`;
  run('pg_ctl', ['-D', dataDir, '-o', opts, '-w', '-l', path.join(base, 'log'), 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {}
    fs.rmSync(base, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
