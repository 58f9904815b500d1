import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../domains/organisation/tables';
import { seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { scheduledJobs } from '../scheduler/tables';
import { notify } from './notify';
import { notificationDeliveries, notificationPreferences, notifications } from './tables';
import { notifyNow } from './test-support';
import { defineNotificationType } from './types';

const ESSENTIAL = defineNotificationType('test.account_locked', { essential: true });

describe('notify', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({
      now: '2026-03-02T01:00:00Z',
      config: {
        notifications: {
          webhookUrl: 'http://127.0.0.1:9/unused',
          webhookSecret: 'test-webhook-secret-0123456789',
          smtpUrl: undefined,
          smtpFrom: undefined,
          linkBaseUrl: undefined,
        },
      },
    });
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  const recipientsOf = async (type: string) => {
    const rows = await t.ctx.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.type, type));
    return rows.map((r) => r.userId).sort();
  };
  const sorted = (...ids: string[]) => [...ids].sort();
  const deliveryJobs = async () =>
    (await t.ctx.db.select().from(scheduledJobs).where(eq(scheduledJobs.name, 'notifications.deliver')))
      .length;

  it('writes nothing and enqueues nothing when the action rolls back', async () => {
    const jobsBefore = await deliveryJobs();
    await expect(
      t.ctx.db.transaction(async (tx) => {
        const n = await notify(t.ctx, tx, {
          to: { userIds: [org.users.staffA.id] },
          type: 'test.rolled_back',
          title: '会议室预订已通过',
          body: '301 会议室',
        });
        expect(n).toBe(1);
        throw new Error('the action failed after notifying');
      }),
    ).rejects.toThrow('the action failed');
    expect(await recipientsOf('test.rolled_back')).toEqual([]);
    expect(await t.ctx.db.select().from(notificationDeliveries)).toEqual([]);
    expect(await deliveryJobs()).toBe(jobsBefore);
  });

  it('on commit writes one row per recipient with its delivery job', async () => {
    const n = await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffA.id] },
      type: 'test.committed',
      title: '会议室预订已通过',
      body: '301 会议室，3月2日 9:00',
      link: '/rooms/bookings/1',
      data: { bookingId: 'b-1' },
    });
    expect(n).toBe(1);
    const [row] = await t.ctx.db.select().from(notifications).where(eq(notifications.type, 'test.committed'));
    expect(row).toMatchObject({
      userId: org.users.staffA.id,
      title: '会议室预订已通过',
      link: '/rooms/bookings/1',
      data: { bookingId: 'b-1' },
      readAt: null,
    });
    expect(row?.createdAt.toISOString()).toBe('2026-03-02T01:00:00.000Z');
    const deliveries = await t.ctx.db
      .select()
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.notificationId, row?.id ?? ''));
    expect(deliveries.map((d) => [d.channel, d.status])).toEqual([['webhook', 'pending']]);
    expect(await deliveryJobs()).toBe(1);
  });

  it('resolves a role to its active holders', async () => {
    expect(
      await notifyNow(t.ctx, { to: { role: 'staff' }, type: 'test.role_staff', title: 't', body: 'b' }),
    ).toBe(6);
    await notifyNow(t.ctx, { to: { role: 'auditor' }, type: 'test.role_auditor', title: 't', body: 'b' });
    expect(await recipientsOf('test.role_auditor')).toEqual([org.users.auditor.id]);
  });

  it('resolves a unit to its members, and unit + role to the role holders of that unit', async () => {
    await notifyNow(t.ctx, { to: { unitId: org.unitA }, type: 'test.unit_a', title: 't', body: 'b' });
    expect(await recipientsOf('test.unit_a')).toEqual(sorted(org.users.staffA.id, org.users.unitAdminA.id));
    await notifyNow(t.ctx, {
      to: { unitId: org.unitA, role: 'unit_admin' },
      type: 'test.unit_a_admins',
      title: 't',
      body: 'b',
    });
    expect(await recipientsOf('test.unit_a_admins')).toEqual([org.users.unitAdminA.id]);
  });

  it('adds listed users to a group, once each, and skips deactivated users', async () => {
    await t.ctx.db.update(users).set({ active: false }).where(eq(users.id, org.users.logistics.id));
    const n = await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id, org.users.staffA.id, org.users.logistics.id], unitId: org.unitA },
      type: 'test.mixed',
      title: 't',
      body: 'b',
    });
    await t.ctx.db.update(users).set({ active: true }).where(eq(users.id, org.users.logistics.id));
    expect(n).toBe(3);
    expect(await recipientsOf('test.mixed')).toEqual(
      sorted(org.users.staffA.id, org.users.staffB.id, org.users.unitAdminA.id),
    );
  });

  it('notifies no one for an empty audience', async () => {
    expect(await notifyNow(t.ctx, { to: {}, type: 'test.nobody', title: 't', body: 'b' })).toBe(0);
    expect(await notifyNow(t.ctx, { to: { userIds: [] }, type: 'test.nobody', title: 't', body: 'b' })).toBe(
      0,
    );
  });

  it('numbers each user’s notifications 1, 2, 3 … in commit order', async () => {
    const rows = await t.ctx.db
      .select({ seq: notifications.seq })
      .from(notifications)
      .where(eq(notifications.userId, org.users.staffB.id))
      .orderBy(notifications.seq);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_r, i) => i + 1));
    // concurrent notifies to the same user get distinct seqs
    await Promise.all(
      Array.from({ length: 8 }, (_v, i) =>
        notifyNow(t.ctx, {
          to: { userIds: [org.users.staffB.id] },
          type: 'test.burst',
          title: `${i}`,
          body: 'b',
        }),
      ),
    );
    const [stats] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct seq)::int` })
      .from(notifications)
      .where(eq(notifications.userId, org.users.staffB.id));
    expect(stats?.n).toBe(stats?.distinct);
  });

  it('skips the webhook for a user who turned it off, unless the type is essential', async () => {
    await t.ctx.db
      .insert(notificationPreferences)
      .values({ userId: org.users.staffB.id, webhookEnabled: false });
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: 'test.optional',
      title: 't',
      body: 'b',
    });
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: ESSENTIAL,
      title: 't',
      body: 'b',
    });
    const channelsFor = async (type: string) =>
      t.ctx.db
        .select({ channel: notificationDeliveries.channel })
        .from(notificationDeliveries)
        .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
        .where(and(eq(notifications.type, type), eq(notifications.userId, org.users.staffB.id)));
    expect(await channelsFor('test.optional')).toEqual([]);
    expect(await channelsFor(ESSENTIAL)).toEqual([{ channel: 'webhook' }]);
  });

  it('refuses a malformed type or recipient id before touching the database', async () => {
    await expect(
      notifyNow(t.ctx, { to: { role: 'staff' }, type: 'Bad Type', title: 't', body: 'b' }),
    ).rejects.toThrow('bad notification type');
    await expect(
      notifyNow(t.ctx, { to: { userIds: ['not-a-uuid'] }, type: 'test.bad', title: 't', body: 'b' }),
    ).rejects.toThrow('UUIDs');
  });
});
