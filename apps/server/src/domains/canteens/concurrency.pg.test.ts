import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../platform/auth/actor';
import { seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { bookMeal } from './bookings-service';
import { createCanteen } from './canteens-service';
import { issueMealPass, verifyPass } from './counter-service';
import { kitchenCounts } from './kitchen-service';
import { mealBookings } from './tables';
import { threeMeals } from './test-support';

const as = (actor: Caller['actor']): Caller => ({ actor, ip: '203.0.113.9', userAgent: 'vitest' });

describe('canteen concurrency on PostgreSQL (npm run test:pg)', () => {
  let t: TestApp;
  let org: TestOrg;
  let canteenId: string;
  let diners: { id: string; unitId: string }[];

  beforeAll(async () => {
    // Mon 2026-10-12 08:00 in Shanghai; lunch closes at 09:30
    t = await createTestApp({ now: '2026-10-12T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    const [hash] = await t.ctx.db.select({ h: users.passwordHash }).from(users).limit(1);
    diners = await t.ctx.db
      .insert(users)
      .values(
        Array.from({ length: 500 }, (_, i) => ({
          username: `diner${i}`,
          displayName: `食客${i}`,
          unitId: i % 2 === 0 ? org.unitA : org.unitB,
          passwordHash: hash?.h ?? '',
        })),
      )
      .returning({ id: users.id, unitId: users.unitId });
    const logistics = as({
      id: org.users.logistics.id,
      username: 'sunqi',
      displayName: '孙七',
      unitId: org.rootUnitId,
      roles: ['staff', 'logistics_admin'],
    });
    canteenId = (
      await createCanteen(t.ctx, logistics, {
        name: '压力食堂',
        location: null,
        bookingMode: 'opt_in',
        servesAll: true,
        unitIds: [],
        guestApprovalThreshold: 10,
        meals: threeMeals,
      })
    ).id;
  });
  afterAll(async () => t.close());

  const actorOf = (d: { id: string; unitId: string }, i: number) =>
    as({ id: d.id, username: `diner${i}`, displayName: `食客${i}`, unitId: d.unitId, roles: ['staff'] });

  it('500 concurrent bookings by distinct users give exactly 500 bookings', async () => {
    const results = await Promise.all(
      diners.map((d, i) => bookMeal(t.ctx, actorOf(d, i), { canteenId, date: '2026-10-12', meal: 'lunch' })),
    );
    expect(results.every((r) => r.created)).toBe(true);
    const rows = await t.ctx.db
      .select()
      .from(mealBookings)
      .where(
        and(
          eq(mealBookings.canteenId, canteenId),
          eq(mealBookings.date, '2026-10-12'),
          eq(mealBookings.meal, 'lunch'),
        ),
      );
    expect(rows).toHaveLength(500);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(500);
    const view = await kitchenCounts(t.ctx, canteenId, '2026-10-12');
    const lunch = view.meals.find((m) => m.meal === 'lunch');
    expect(lunch?.booked).toBe(500);
    expect(lunch?.byUnit.map((u) => u.booked).sort()).toEqual([250, 250]);
  });

  it('20 parallel identical requests by one user give one booking and no error', async () => {
    const d = diners[0];
    if (!d) throw new Error('no diner');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        bookMeal(t.ctx, actorOf(d, 0), { canteenId, date: '2026-10-13', meal: 'dinner' }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(ok.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(ok.map((r) => r.booking.id)).size).toBe(1);
    const rows = await t.ctx.db
      .select()
      .from(mealBookings)
      .where(
        and(
          eq(mealBookings.userId, d.id),
          eq(mealBookings.date, '2026-10-13'),
          eq(mealBookings.meal, 'dinner'),
        ),
      );
    expect(rows).toHaveLength(1);
  });

  it('parallel scans of one pass mark the meal served once: one green, the rest red already_served', async () => {
    t.clock.set('2026-10-12T03:40:00Z');
    const d = diners[1];
    if (!d) throw new Error('no diner');
    const pass = await issueMealPass(t.ctx, actorOf(d, 1));
    const counters = Array.from({ length: 6 }, (_, i) =>
      as({
        id: org.users.logistics.id,
        username: 'sunqi',
        displayName: `柜台${i}`,
        unitId: org.rootUnitId,
        roles: ['logistics_admin'],
      }),
    );
    const scans = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        verifyPass(t.ctx, counters[i % 6] as Caller, { canteenId, meal: 'lunch', token: pass.token }),
      ),
    );
    expect(scans.filter((s) => s.result === 'green')).toHaveLength(1);
    expect(scans.filter((s) => s.result === 'red' && s.reason === 'already_served')).toHaveLength(23);
    const [row] = await t.ctx.db
      .select()
      .from(mealBookings)
      .where(
        and(
          eq(mealBookings.userId, d.id),
          eq(mealBookings.date, '2026-10-12'),
          eq(mealBookings.meal, 'lunch'),
        ),
      );
    expect(row?.servedAt).not.toBeNull();
  });
});
