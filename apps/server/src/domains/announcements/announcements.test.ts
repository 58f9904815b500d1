import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import type { Caller } from '../../platform/auth/actor';
import { notifications } from '../../platform/notifications/tables';
import { eventually, listenOn, openSse } from '../../platform/notifications/test-support';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { units, users } from '../organisation/tables';
import { ANNOUNCEMENT_NOTIFICATION, publishAnnouncementIn } from './service';
import { announcements } from './tables';

describe('announcements: /api/admin/announcements', () => {
  let t: TestApp;
  let org: TestOrg;
  let logistics: LoggedIn;
  let admin: LoggedIn;
  let staff: LoggedIn;
  let auditor: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    logistics = await loginAs(t.app, org.users.logistics.username);
    admin = await loginAs(t.app, org.users.admin.username);
    staff = await loginAs(t.app, org.users.staffA.username);
    auditor = await loginAs(t.app, org.users.auditor.username);
  });
  afterAll(async () => t.close());

  const publish = (payload: object, as: LoggedIn = logistics) =>
    t.app.inject({ method: 'POST', url: '/api/admin/announcements', headers: as.headers, payload });
  const list = (query = '', as: LoggedIn = logistics) =>
    t.app.inject({ method: 'GET', url: `/api/admin/announcements${query}`, headers: as.headers });

  /** Who got the notification of one announcement. */
  const recipientsOf = async (announcementId: string) => {
    const rows = await t.ctx.db
      .select({ userId: notifications.userId, data: notifications.data })
      .from(notifications)
      .where(eq(notifications.type, ANNOUNCEMENT_NOTIFICATION));
    return rows
      .filter((r) => (r.data as { announcementId?: string } | null)?.announcementId === announcementId)
      .map((r) => r.userId)
      .sort();
  };
  const sorted = (...ids: string[]) => [...ids].sort();
  const countRows = async () => ({
    announcements: (await t.ctx.db.select().from(announcements)).length,
    notifications: (
      await t.ctx.db.select().from(notifications).where(eq(notifications.type, ANNOUNCEMENT_NOTIFICATION))
    ).length,
  });

  it('refuses staff, auditors and anonymous callers (nothing written, nobody notified)', async () => {
    const before = await countRows();
    const input = { title: '停水通知', body: '明天停水', audience: { kind: 'all' } };
    for (const as of [staff, auditor]) {
      const res = await publish(input, as);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect((await list('', as)).statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/admin/announcements' });
    expect(anonymous.statusCode).toBe(401);
    expect(await countRows()).toEqual(before);
  });

  it('sends to everyone active: every user gets it once, a deactivated one does not', async () => {
    await t.ctx.db.update(users).set({ active: false }).where(eq(users.id, org.users.staffB.id));
    try {
      const res = await publish({
        title: '  停水通知  ',
        body: '因管道检修，3月3日 9:00–12:00 机关大楼停水，请提前储水。',
        audience: { kind: 'all' },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        title: '停水通知',
        audience: { kind: 'all', unitId: null, unitName: null, role: null },
        recipientCount: 5,
        createdById: org.users.logistics.id,
        createdByName: '孙七',
        createdAt: '2026-03-02T01:00:00.000Z',
      });
      const { staffB: _inactive, ...active } = org.users;
      expect(await recipientsOf(body.id)).toEqual(sorted(...Object.values(active).map((u) => u.id)));
      const [row] = await t.ctx.db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, org.users.staffA.id),
            eq(notifications.type, 'announcement.published'),
          ),
        );
      expect(row).toMatchObject({
        title: '停水通知',
        body: '因管道检修，3月3日 9:00–12:00 机关大楼停水，请提前储水。',
        link: '/messages',
        data: { announcementId: body.id },
        readAt: null,
      });
    } finally {
      await t.ctx.db.update(users).set({ active: true }).where(eq(users.id, org.users.staffB.id));
    }
  });

  it("sends to a unit's own members (not its sub-units) and keeps the unit's name", async () => {
    const res = await publish({
      title: '会议通知',
      body: '请准时参加',
      audience: { kind: 'unit', unitId: org.unitA },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.recipientCount).toBe(2);
    expect(body.audience).toEqual({ kind: 'unit', unitId: org.unitA, unitName: '区发改局', role: null });
    expect(await recipientsOf(body.id)).toEqual(sorted(org.users.staffA.id, org.users.unitAdminA.id));

    const root = await publish({
      title: '区政府通知',
      body: '内容',
      audience: { kind: 'unit', unitId: org.rootUnitId },
    });
    expect(root.json().recipientCount).toBe(3);
    expect(await recipientsOf(root.json().id)).toEqual(
      sorted(org.users.admin.id, org.users.auditor.id, org.users.logistics.id),
    );
  });

  it("sends to a role's holders (sysadmin may publish too)", async () => {
    const res = await publish(
      { title: '审计提醒', body: '请核对本月审计日志', audience: { kind: 'role', role: 'auditor' } },
      admin,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      audience: { kind: 'role', unitId: null, unitName: null, role: 'auditor' },
      recipientCount: 1,
      createdByName: '系统管理员',
    });
    expect(await recipientsOf(res.json().id)).toEqual([org.users.auditor.id]);
    const nobody = await publish({
      title: '调度通知',
      body: '内容',
      audience: { kind: 'role', role: 'fleet_dispatcher' },
    });
    expect(nobody.statusCode).toBe(201);
    expect(nobody.json().recipientCount).toBe(0);
  });

  it('audits the publication in the same transaction', async () => {
    const res = await publish({ title: '供暖通知', body: '11月15日起供暖', audience: { kind: 'all' } });
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'announcement.published'), eq(auditLog.entityId, res.json().id)));
    expect(entry).toMatchObject({ entityType: 'announcement', actorId: org.users.logistics.id });
    expect(entry?.changes).toMatchObject({
      title: { before: null, after: '供暖通知' },
      audience: { before: null, after: 'all' },
      recipientCount: { before: null, after: 6 },
    });
  });

  it('notifies no one when the publishing transaction rolls back', async () => {
    const before = await countRows();
    const caller: Caller = {
      actor: {
        id: org.users.logistics.id,
        username: org.users.logistics.username,
        displayName: '孙七',
        unitId: org.rootUnitId,
        roles: ['staff', 'logistics_admin'],
      },
      ip: '127.0.0.1',
      userAgent: 'test',
    };
    let publishedId = '';
    await expect(
      t.ctx.db.transaction(async (tx) => {
        const published = await publishAnnouncementIn(t.ctx, tx, caller, {
          title: '撤回的通知',
          body: '不应送达',
          audience: { kind: 'all' },
        });
        publishedId = published.id;
        expect(published.recipientCount).toBe(6);
        throw new Error('the action failed after publishing');
      }),
    ).rejects.toThrow('the action failed');
    expect(publishedId).not.toBe('');
    expect(await recipientsOf(publishedId)).toEqual([]);
    expect(await countRows()).toEqual(before);
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, publishedId));
    expect(audits).toEqual([]);
  });

  it('refuses an unknown unit with 404 on the unit field, notifying no one', async () => {
    const before = await countRows();
    const res = await publish({
      title: '通知',
      body: '内容',
      audience: { kind: 'unit', unitId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.issues).toEqual([{ path: 'body.audience.unitId', message: expect.any(String) }]);
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ['an empty title', { title: '   ', body: '内容', audience: { kind: 'all' } }, 'body.title'],
    [
      'a title over 100 characters',
      { title: '停'.repeat(101), body: '内容', audience: { kind: 'all' } },
      'body.title',
    ],
    [
      'a body over 2000 characters',
      { title: '通知', body: '水'.repeat(2001), audience: { kind: 'all' } },
      'body.body',
    ],
    [
      'a unit audience without a unit',
      { title: '通知', body: '内容', audience: { kind: 'unit' } },
      'body.audience.unitId',
    ],
    [
      'an unknown role',
      { title: '通知', body: '内容', audience: { kind: 'role', role: 'boss' } },
      'body.audience.role',
    ],
    [
      'an unknown audience',
      { title: '通知', body: '内容', audience: { kind: 'city' } },
      'body.audience.kind',
    ],
  ])('answers 400 naming the field for %s', async (_case, payload, field) => {
    const before = await countRows();
    const res = await publish(payload);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await countRows()).toEqual(before);
  });

  it('lists announcements newest first, paged, with the publisher and the audience', async () => {
    t.clock.advance(60_000);
    const latest = await publish({
      title: '最新公告',
      body: '内容',
      audience: { kind: 'unit', unitId: org.unitB },
    });
    expect(latest.statusCode).toBe(201);
    const res = await list('?page=1&pageSize=2');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe((await t.ctx.db.select().from(announcements)).length);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(2);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      id: latest.json().id,
      title: '最新公告',
      audience: { kind: 'unit', unitId: org.unitB, unitName: '区财政局' },
      recipientCount: 1,
      createdByName: '孙七',
    });
    const second = await list('?page=2&pageSize=2');
    expect(second.json().items.map((a: { id: string }) => a.id)).not.toContain(latest.json().id);
    expect((await list('?pageSize=500')).statusCode).toBe(400);
  });

  it('keeps the record, with the name, when the unit is deleted later', async () => {
    const [unit] = await t.ctx.db
      .insert(units)
      .values({ name: '临时专班', code: 'TMP', parentId: org.rootUnitId })
      .returning();
    if (!unit) throw new Error('seed failed');
    const res = await publish({
      title: '专班通知',
      body: '内容',
      audience: { kind: 'unit', unitId: unit.id },
    });
    expect(res.json().recipientCount).toBe(0);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/admin/units/${unit.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(200);
    const items = (await list('?pageSize=200')).json().items as { id: string; audience: unknown }[];
    expect(items.find((a) => a.id === res.json().id)?.audience).toEqual({
      kind: 'unit',
      unitId: null,
      unitName: '临时专班',
      role: null,
    });
  });

  it("reaches a recipient's open stream live", async () => {
    const base = await listenOn(t.app);
    const stream = await openSse(`${base}/api/notifications/stream`, { cookie: staff.cookie });
    try {
      await eventually(() => stream.text().includes(': connected'));
      const res = await publish({
        title: '停电通知',
        body: '今晚 20:00 检修停电',
        audience: { kind: 'unit', unitId: org.unitA },
      });
      expect(res.statusCode).toBe(201);
      const event = await stream.next(2_000);
      expect(event.event).toBe('notification');
      expect(JSON.parse(event.data)).toMatchObject({
        type: 'announcement.published',
        title: '停电通知',
        link: '/messages',
        data: { announcementId: res.json().id },
      });
    } finally {
      stream.close();
    }
  });
});
