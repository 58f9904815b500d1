import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createUserInputSchema, type Role } from '@houqin/contracts';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { generatePassword } from './domains/organisation/generate-password';
import { roleFromText } from './domains/organisation/role-names';
import { findUnitIdByCode } from './domains/organisation/units-service';
import { provisionUser, resetPasswordByUsername } from './domains/organisation/users-service';
import { sealPendingAuditEntries } from './platform/audit/sealer';
import { verifyAuditChain } from './platform/audit/verify';
import { systemCaller } from './platform/auth/actor';
import { systemClock } from './platform/clock';
import type { AppContext } from './platform/context';
import { deriveKeys, loadOrCreateSecret } from './platform/crypto';
import { AppError } from './platform/errors';
import { errorMessage } from './platform/i18n';

/**
 * Production bootstrap without demo data: `npm run cli -- <command>`. Uses the same environment
 * as the server (DATABASE_URL or DATA_DIR, HOUQIN_SECRET), applies pending migrations first, and
 * audits every change as the system. With the embedded store, stop the server first: PGlite
 * serves one process at a time.
 */
const usage = `Usage: npm run cli -- <command> [options]

  user create --username <name> --name <display name> --unit <unit code> --roles <role,role> [--password <pw>]
      Creates an account (must change its password at first sign-in). Roles are codes
      (staff, unit_admin, …, sysadmin) or Chinese names. Without --password one is generated and printed.
  user reset-password --username <name> [--password <pw>]
      Sets a new password (generated and printed when omitted), signs the user out everywhere,
      lifts a lock, and makes the user choose their own password at next sign-in.
  audit verify
      Seals pending audit entries, then checks the whole hash chain; exits 1 naming the first bad entry.
  migrate
      Applies pending database migrations.
`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliRuntime {
  ctx: AppContext;
  close(): Promise<void>;
}

export type OpenRuntime = () => Promise<CliRuntime>;

const stdio: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The database and keys from the environment, migrated, with a quiet logger. */
export const openFromEnvironment: OpenRuntime = async () => {
  const config = loadConfig();
  if (!config.databaseUrl) assertEmbeddedStoreFree(config.dataDir);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 2,
  });
  try {
    await migrateDatabase(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const ctx: AppContext = {
    config,
    db: database.db,
    database,
    clock: systemClock,
    keys: deriveKeys(loadOrCreateSecret(config.secret, config.dataDir)),
    log: pino({ level: 'warn' }),
  };
  return { ctx, close: () => database.close() };
};

/**
 * PGlite serves one process: a CLI writing next to a running server loses its writes. A running
 * embedded store keeps postmaster.pid in its directory (removed on a clean stop).
 */
function assertEmbeddedStoreFree(dataDir: string): void {
  const pidFile = path.join(dataDir, 'pglite', 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    throw new Error(
      `the embedded database in ${path.join(dataDir, 'pglite')} is in use by a running server. ` +
        `Stop the server first (if no server is running because it crashed, delete ${pidFile}).`,
    );
  }
}

class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        unit: { type: 'string' },
        roles: { type: 'string' },
        password: { type: 'string' },
      },
    }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

function required(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`missing --${option}`);
  return value;
}

function rolesOf(text: string): Role[] {
  return text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((token) => {
      const role = roleFromText(token);
      if (!role) throw new UsageError(`unknown role "${token}"`);
      return role;
    });
}

async function createUserCommand(rt: CliRuntime, args: string[], io: CliIo): Promise<number> {
  const o = parse(args);
  const username = required(o.username, 'username');
  const displayName = required(o.name, 'name');
  const unitCode = required(o.unit, 'unit');
  const roles = rolesOf(required(o.roles, 'roles'));
  const unitId = await findUnitIdByCode(rt.ctx, unitCode);
  if (!unitId) {
    io.err(`error: no unit has the code "${unitCode}"\n`);
    return 1;
  }
  const generated = o.password ? undefined : generatePassword();
  const input = createUserInputSchema.safeParse({
    username,
    displayName,
    unitId,
    roles,
    password: o.password ?? generated,
  });
  if (!input.success) {
    throw new UsageError(input.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
  }
  const user = await provisionUser(rt.ctx, systemCaller, input.data, 'password');
  io.out(
    `created user ${user.username} (${user.displayName}) in ${user.unitName}, roles ${user.roles.join(',')}\n`,
  );
  if (generated) io.out(`password: ${generated}\n(shown once; must be changed at first sign-in)\n`);
  return 0;
}

async function resetPasswordCommand(rt: CliRuntime, args: string[], io: CliIo): Promise<number> {
  const o = parse(args);
  const username = required(o.username, 'username');
  const generated = o.password ? undefined : generatePassword();
  await resetPasswordByUsername(rt.ctx, systemCaller, username, o.password ?? generated ?? '');
  io.out(`password of ${username} reset; every session of the user ended\n`);
  if (generated) io.out(`password: ${generated}\n(shown once; must be changed at next sign-in)\n`);
  return 0;
}

async function auditVerifyCommand(rt: CliRuntime, io: CliIo): Promise<number> {
  // seal what is committed first, so the check covers every entry (0 = nothing left, or a server is sealing)
  while ((await sealPendingAuditEntries(rt.ctx.db, rt.ctx.clock.now())) > 0) {}
  const result = await verifyAuditChain(rt.ctx.db);
  const pending = result.unsealed > 0 ? ` (${result.unsealed} not sealed yet)` : '';
  if (result.ok) {
    io.out(`audit chain OK: ${result.checked} entries${pending}\n`);
    return 0;
  }
  const bad = result.firstBad;
  io.err(
    `audit chain BROKEN after ${result.checked} good entries: first bad entry seq ${bad?.seq} ` +
      `(chain position ${bad?.chainIndex}): ${bad?.reason}\n`,
  );
  return 1;
}

/** Runs one command; answers the exit code (0 ok, 1 refused or failed, 2 usage). */
export async function runCli(argv: string[], io: CliIo = stdio, open: OpenRuntime = openFromEnvironment) {
  const [group = '', sub = '', ...rest] = argv;
  const command = ['user', 'audit'].includes(group) ? `${group} ${sub}` : group;
  const args = ['user', 'audit'].includes(group) ? rest : argv.slice(1);
  const known = ['user create', 'user reset-password', 'audit verify', 'migrate'];
  if (!known.includes(command)) {
    io.err(command && command !== 'help' ? `unknown command "${command.trim()}"\n\n${usage}` : usage);
    return 2;
  }
  let rt: CliRuntime | undefined;
  try {
    rt = await open();
    if (command === 'user create') return await createUserCommand(rt, args, io);
    if (command === 'user reset-password') return await resetPasswordCommand(rt, args, io);
    if (command === 'audit verify') return await auditVerifyCommand(rt, io);
    await migrateDatabase(rt.ctx.database);
    io.out(`migrations applied (${rt.ctx.database.kind})\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`error: ${err.message}\n\n${usage}`);
      return 2;
    }
    if (err instanceof AppError) {
      const where = err.issues?.map((i) => i.path).join(', ');
      io.err(`error: ${err.code}: ${errorMessage(err.code, 'en')}${where ? ` (${where})` : ''}\n`);
      return 1;
    }
    io.err(`error: ${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await rt?.close();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
