import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import type { Caller } from '../../platform/auth/actor';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from './tables';
import { updateUser } from './users-service';

describe('users: the last active sysadmin stays', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
  });
  afterAll(async () => t.close());

  const patch = (id: string, payload: Record<string, unknown>, as: LoggedIn) =>
    t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: as.headers, payload });
  const rowOf = async (id: string) => {
    const [row] = await t.ctx.db
      .select({ roles: users.roles, active: users.active, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, id));
    return row;
  };
  const activeSysadmins = async () =>
    (
      await t.ctx.db
        .select({ username: users.username })
        .from(users)
        .where(and(eq(users.active, true), sql`'sysadmin' = any(${users.roles})`))
    ).map((r) => r.username);
  /**
   * Sends two requests at once. On PostgreSQL the test holds the sysadmin rows locked until both
   * are waiting for them, so both are past sign-in checks and really race for the lock (otherwise
   * one may finish before the other is even authorised, and be refused as FORBIDDEN instead).
   * PGlite runs one transaction at a time, so there the requests simply go out together.
   */
  const race = async <T>(requests: () => [Promise<T>, Promise<T>]): Promise<T[]> => {
    const pool = t.database.pool;
    if (!pool) return Promise.all(requests());
    const gate = await pool.connect();
    try {
      await gate.query('begin');
      await gate.query(`select id from users where active and 'sysadmin' = any(roles) for update`);
      const pending = Promise.all(requests());
      for (let waited = 0; ; waited += 10) {
        // asked outside the gate's transaction: pg_stat_activity is a snapshot within one
        const { rows } = await pool.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        );
        if ((rows[0]?.n ?? 0) >= 2) break;
        if (waited > 5_000) throw new Error('the two requests never waited for the sysadmin locks');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await gate.query('commit');
      return await pending;
    } catch (err) {
      await gate.query('rollback');
      throw err;
    } finally {
      gate.release();
    }
  };
  /** A new sysadmin (created by `by`), signed in. */
  const newSysadmin = async (username: string, by: LoggedIn) => {
    const password = `${username}-Pw-2026`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: by.headers,
      payload: {
        username,
        displayName: username,
        unitId: org.rootUnitId,
        roles: ['staff', 'sysadmin'],
        password,
      },
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json().id as string, session: await loginAs(t.app, username, password) };
  };

  it('refuses the only sysadmin dropping their own sysadmin role with 409 LAST_SYSADMIN, changing nothing', async () => {
    const res = await patch(org.users.admin.id, { displayName: '改名', roles: ['staff'] }, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'LAST_SYSADMIN',
      message: '系统中至少要保留一名启用的系统管理员',
      issues: [{ path: 'body.roles', message: '系统中至少要保留一名启用的系统管理员' }],
    });
    const en = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${org.users.admin.id}`,
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { roles: ['staff'] },
    });
    expect(en.json().error.message).toBe('At least one active system administrator must remain');
    expect(await rowOf(org.users.admin.id)).toMatchObject({
      roles: ['staff', 'sysadmin'],
      active: true,
      displayName: '系统管理员',
    });
    const audited = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, org.users.admin.id)));
    expect(audited.map((e) => e.action)).not.toContain('user.updated');
    // an edit that keeps the role is fine
    const keep = await patch(
      org.users.admin.id,
      { roles: ['staff', 'sysadmin'], displayName: '管理员' },
      admin,
    );
    expect(keep.statusCode).toBe(200);
  });

  it('lets one of two sysadmins go, then keeps the last one (role dropped or account deactivated)', async () => {
    const second = await newSysadmin('sysadmin2', admin);

    // two exist: the second may take the first's role away
    const demote = await patch(org.users.admin.id, { roles: ['staff'] }, second.session);
    expect(demote.statusCode).toBe(200);
    expect(demote.json().roles).toEqual(['staff']);
    expect(await activeSysadmins()).toEqual(['sysadmin2']);

    // now the second is the last: neither dropping the role nor deactivating may happen
    const selfDemote = await patch(second.id, { roles: ['staff'] }, second.session);
    expect(selfDemote.statusCode).toBe(409);
    expect(selfDemote.json().error.code).toBe('LAST_SYSADMIN');
    // a caller authorised a moment before losing the role (a request in flight) still cannot deactivate it
    const staleCaller: Caller = {
      actor: {
        id: org.users.admin.id,
        username: org.users.admin.username,
        displayName: '系统管理员',
        unitId: org.rootUnitId,
        roles: ['staff', 'sysadmin'],
      },
      ip: null,
      userAgent: null,
    };
    await expect(updateUser(t.ctx, staleCaller, second.id, { active: false })).rejects.toMatchObject({
      code: 'LAST_SYSADMIN',
      status: 409,
      issues: [{ path: 'body.active', message: 'LAST_SYSADMIN' }],
    });
    expect(await rowOf(second.id)).toMatchObject({ roles: ['staff', 'sysadmin'], active: true });
    expect(await activeSysadmins()).toEqual(['sysadmin2']);

    // two again: deactivating one succeeds, and a deactivated sysadmin does not count
    expect(
      (await patch(org.users.admin.id, { roles: ['staff', 'sysadmin'] }, second.session)).statusCode,
    ).toBe(200);
    const deactivate = await patch(second.id, { active: false }, admin);
    expect(deactivate.statusCode).toBe(200);
    expect(deactivate.json().active).toBe(false);
    expect(await activeSysadmins()).toEqual(['sysadmin1']);
    const lastDemote = await patch(org.users.admin.id, { roles: ['staff'] }, admin);
    expect(lastDemote.statusCode).toBe(409);
    expect(lastDemote.json().error.code).toBe('LAST_SYSADMIN');

    // taking the role from a deactivated sysadmin is no loss
    const strip = await patch(second.id, { roles: ['staff'] }, admin);
    expect(strip.statusCode).toBe(200);
  });

  it('lets only one of two simultaneous removals of the two sysadmins win (the row locks serialise them)', async () => {
    expect(await activeSysadmins()).toEqual(['sysadmin1']);
    const other = await newSysadmin('sysadmin3', admin);
    const demotions = await race(() => [
      patch(other.id, { roles: ['staff'] }, admin),
      patch(org.users.admin.id, { roles: ['staff'] }, other.session),
    ]);
    expect(demotions.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(demotions.find((r) => r.statusCode === 409)?.json().error.code).toBe('LAST_SYSADMIN');
    const [survivor] = await activeSysadmins();
    expect(await activeSysadmins()).toHaveLength(1);

    // the same for two simultaneous deactivations
    const survivorSession = survivor === 'sysadmin1' ? admin : other.session;
    const survivorId = survivor === 'sysadmin1' ? org.users.admin.id : other.id;
    const fourth = await newSysadmin('sysadmin4', survivorSession);
    const deactivations = await race(() => [
      patch(fourth.id, { active: false }, survivorSession),
      patch(survivorId, { active: false }, fourth.session),
    ]);
    expect(deactivations.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(deactivations.find((r) => r.statusCode === 409)?.json().error.code).toBe('LAST_SYSADMIN');
    expect(await activeSysadmins()).toHaveLength(1);
  });
});
