import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../platform/audit/record';
import { sealPendingAuditEntries } from '../../platform/audit/sealer';
import { systemCaller } from '../../platform/auth/actor';
import { sessions } from '../../platform/auth/tables';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { zonedDayBounds } from './summary-service';

describe('console summary: GET /api/admin/summary', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;

  // 15:30 UTC on 2 March is 23:30 on 2 March in Shanghai: "today" there runs 1 Mar 16:00Z – 2 Mar 16:00Z
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T15:30:00Z' });
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username); // login 1 today
    await loginAs(t.app, org.users.staffA.username); // login 2 today
    const gone = await loginAs(t.app, org.users.staffB.username); // login 3 today, session revoked below
    expect(gone.cookie).toBeTruthy();
    await t.ctx.db
      .update(sessions)
      .set({ revokedAt: t.clock.now() })
      .where(eq(sessions.userId, org.users.staffB.id));
    const at = (iso: string, action = 'test.event') =>
      recordAudit(t.ctx.db, systemCaller, { action, entityType: 'test' }, new Date(iso));
    await at('2026-03-01T15:59:59.999Z', 'auth.login'); // 23:59:59 on 1 March in Shanghai: yesterday
    await at('2026-03-01T16:00:00.000Z'); // midnight starting 2 March: today
    await at('2026-03-02T16:00:00.000Z'); // midnight starting 3 March: tomorrow
  });
  afterAll(async () => t.close());

  const summaryAs = (as: LoggedIn) =>
    t.app.inject({ method: 'GET', url: '/api/admin/summary', headers: as.headers });

  it('counts units, users, live sessions, and today in the deployment zone', async () => {
    const res = await summaryAs(admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      units: 3,
      users: 6,
      activeUsers: 6,
      activeSessions: 2,
      auditEntriesToday: 4,
      auditUnsealed: 6,
      loginsToday: 3,
    });
  });

  it('stops counting idle-expired sessions and sealed entries', async () => {
    await sealPendingAuditEntries(t.ctx.db, t.clock.now());
    t.clock.advance((t.ctx.config.session.idleMinutes + 1) * 60_000);
    const fresh = await loginAs(t.app, org.users.auditor.username);
    const res = await summaryAs(fresh);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ activeSessions: 1, auditUnsealed: 1 });
  });

  it('narrows a unit_admin to their unit', async () => {
    const unitAdmin = await loginAs(t.app, org.users.unitAdminA.username);
    const res = await summaryAs(unitAdmin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ units: 1, users: 2, activeUsers: 2, activeSessions: 1 });
    // the clock has moved past midnight in Shanghai: zhangsan's login was yesterday, wangwu's is today
    expect(res.json().loginsToday).toBe(1);
  });
});

describe('zonedDayBounds', () => {
  it('finds the zone day around an instant, independent of the process TZ', () => {
    expect(zonedDayBounds(new Date('2026-03-02T15:30:00Z'), 'Asia/Shanghai')).toEqual({
      start: new Date('2026-03-01T16:00:00Z'),
      end: new Date('2026-03-02T16:00:00Z'),
    });
    // a 23-hour day: New York springs forward on 8 March 2026
    expect(zonedDayBounds(new Date('2026-03-08T12:00:00Z'), 'America/New_York')).toEqual({
      start: new Date('2026-03-08T05:00:00Z'),
      end: new Date('2026-03-09T04:00:00Z'),
    });
  });
});
