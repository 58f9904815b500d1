import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, type OpenRuntime, runCli } from './cli';
import { users } from './domains/organisation/tables';
import { auditLog } from './platform/audit/tables';
import { loginAs, seedTestOrg, type TestOrg } from './test/fixtures';
import { createTestApp, type TestApp } from './test/harness';

describe('admin CLI', () => {
  let t: TestApp;
  let org: TestOrg;
  let opened = 0;
  let closed = 0;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  const open: OpenRuntime = async () => {
    opened += 1;
    return {
      ctx: t.ctx,
      close: async () => {
        closed += 1;
      },
    };
  };
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s) };
    const code = await runCli(argv, io, open);
    return { code, out: out.join(''), err: err.join('') };
  }
  const printedPassword = (out: string) => /password: (\S+)/.exec(out)?.[1] ?? '';

  it('creates a user with a generated password, audited as the system', async () => {
    const r = await cli(
      'user',
      'create',
      '--username',
      'opsuser',
      '--name',
      '运维值班',
      '--unit',
      'FGJ',
      '--roles',
      'staff,系统管理员',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const password = printedPassword(r.out);
    expect(password.length).toBeGreaterThanOrEqual(16);
    const session = await loginAs(t.app, 'opsuser', password);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
    expect(me.json()).toMatchObject({
      unitId: org.unitA,
      roles: ['staff', 'sysadmin'],
      mustChangePassword: true,
    });
    const [row] = await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.username, 'opsuser'));
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user.created'), eq(auditLog.entityId, row?.id ?? '')));
    expect(entry).toMatchObject({ actorId: null, userAgent: 'houqin-system' });
    expect(opened).toBe(closed);
  });

  it('refuses what the console refuses: taken names, weak passwords, unknown units and roles', async () => {
    const taken = await cli(
      'user',
      'create',
      '--username',
      'ZhangSan',
      '--name',
      'x',
      '--unit',
      'FGJ',
      '--roles',
      'staff',
    );
    expect(taken).toMatchObject({ code: 1 });
    expect(taken.err).toContain('USERNAME_TAKEN');
    const weak = await cli(
      'user',
      'create',
      '--username',
      'weak1',
      '--name',
      'x',
      '--unit',
      'FGJ',
      '--roles',
      'staff',
      '--password',
      'short',
    );
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('PASSWORD_POLICY');
    const unit = await cli(
      'user',
      'create',
      '--username',
      'nounit',
      '--name',
      'x',
      '--unit',
      'NOPE',
      '--roles',
      'staff',
    );
    expect(unit.code).toBe(1);
    expect(unit.err).toContain('NOPE');
    const role = await cli(
      'user',
      'create',
      '--username',
      'norole',
      '--name',
      'x',
      '--unit',
      'FGJ',
      '--roles',
      'chef',
    );
    expect(role.code).toBe(2);
    expect(role.err).toContain('unknown role "chef"');
    const missing = await cli('user', 'create', '--username', 'half');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('missing --name');
    const rows = await t.ctx.db
      .select()
      .from(users)
      .where(sql`username in ('weak1','nounit','norole','half')`);
    expect(rows).toHaveLength(0);
  });

  it('resets a password: old one dead, sessions ended, must change at next sign-in', async () => {
    const before = await loginAs(t.app, org.users.staffB.username);
    const r = await cli('user', 'reset-password', '--username', 'LISI', '--password', 'Cli-reset-2026');
    expect(r.code).toBe(0);
    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: before.headers });
    expect(session.statusCode).toBe(401);
    await expect(loginAs(t.app, org.users.staffB.username)).rejects.toThrow(/401/);
    const after = await loginAs(t.app, org.users.staffB.username, 'Cli-reset-2026');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: after.headers });
    expect(me.json().mustChangePassword).toBe(true);
    const unknown = await cli('user', 'reset-password', '--username', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('NOT_FOUND');
  });

  it('verifies the audit chain after sealing, and names the first altered entry', async () => {
    const ok = await cli('audit', 'verify');
    expect(ok.code).toBe(0);
    const sealed = await t.ctx.db.select().from(auditLog).where(isNotNull(auditLog.chainIndex));
    expect(sealed.length).toBeGreaterThan(3);
    expect(ok.out).toBe(`audit chain OK: ${sealed.length} entries\n`);

    const victim = sealed.find((e) => e.chainIndex === 3);
    await t.ctx.db.execute(
      sql`update audit_log set action = 'user.nothing_to_see' where seq = ${victim?.seq}`,
    );
    const bad = await cli('audit', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`first bad entry seq ${victim?.seq} (chain position 3)`);
    expect(bad.err).toContain('altered');
  });

  it('migrates, and answers unknown commands with the usage (exit 2)', async () => {
    const migrate = await cli('migrate');
    expect(migrate).toMatchObject({ code: 0 });
    expect(migrate.out).toMatch(/^migrations applied \((pglite|postgres)\)/);
    const unknown = await cli('user', 'delete');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Usage: npm run cli');
    expect((await cli()).code).toBe(2);
  });
});
