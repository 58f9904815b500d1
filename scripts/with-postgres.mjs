// Runs a command with TEST_DATABASE_URL pointing at PostgreSQL: the given TEST_DATABASE_URL, or a
// throwaway server started here and removed afterwards.
import { spawn } from 'node:child_process';
import { startThrowawayPostgres } from './postgres.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  process.stderr.write('usage: node scripts/with-postgres.mjs <command> [args…]\n');
  process.exit(2);
}
let server;
if (!process.env.TEST_DATABASE_URL) {
  server = await startThrowawayPostgres();
  process.env.TEST_DATABASE_URL = server.url;
  process.stdout.write(`throwaway PostgreSQL at ${server.url}\n`);
}
const child = spawn(cmd, args, { stdio: 'inherit', shell: false, env: process.env });
const finish = (code) => {
  server?.stop();
  process.exit(code ?? 1);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => finish(code));
