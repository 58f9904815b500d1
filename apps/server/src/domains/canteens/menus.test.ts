import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { addUser, caller, threeMeals } from './test-support';

// Monday 2026-11-30 08:00 in Shanghai
describe('canteens: menus, publishing, copying a week, ratings, settings', () => {
  let t: TestApp;
  let org: TestOrg;
  let call: ReturnType<typeof caller>;
  let staffA: LoggedIn;
  let kitchen: LoggedIn;
  let logistics: LoggedIn;
  let canteenId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-30T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    call = caller(t);
    await addUser(t.ctx.db, {
      username: 'cook',
      displayName: '食堂管理员',
      unitId: org.rootUnitId,
      roles: ['staff', 'canteen_staff'],
    });
    kitchen = await loginAs(t.app, 'cook');
    staffA = await loginAs(t.app, org.users.staffA.username);
    logistics = await loginAs(t.app, org.users.logistics.username);
    const created = await call('POST', '/api/admin/canteens', kitchen, {
      name: '菜单食堂',
      bookingMode: 'opt_in',
      meals: threeMeals,
    });
    expect(created.status).toBe(201);
    canteenId = created.body.id;
  });
  afterAll(async () => t.close());

  const menuUrl = (date: string, meal = 'lunch') => `/api/admin/canteens/${canteenId}/menus/${date}/${meal}`;
  const lunchDishes = [
    { name: '红烧鸡腿', tags: [] },
    { name: '清炒时蔬', tags: ['素食', '少盐'] },
  ];

  it('a saved menu is a draft: staff do not see it until it is published', async () => {
    const saved = await call('PUT', menuUrl('2026-11-30'), kitchen, { dishes: lunchDishes });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ date: '2026-11-30', meal: 'lunch', publishedAt: null });
    expect(saved.body.dishes.map((d: { name: string }) => d.name)).toEqual(['红烧鸡腿', '清炒时蔬']);

    const staffView = await call(
      'GET',
      `/api/canteens/${canteenId}/menus?from=2026-11-30&to=2026-12-06`,
      staffA,
    );
    expect(staffView.body.items).toEqual([]);
    const kitchenView = await call(
      'GET',
      `/api/canteens/${canteenId}/menus?from=2026-11-30&to=2026-12-06`,
      kitchen,
    );
    expect(kitchenView.body.items).toHaveLength(1);

    const published = await call('POST', `${menuUrl('2026-11-30')}/publish`, kitchen);
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).toBe('2026-11-30T00:00:00.000Z');
    const after = await call('GET', `/api/canteens/${canteenId}/menus?from=2026-11-30&to=2026-12-06`, staffA);
    expect(after.body.items.map((m: { dishes: { tags: string[] }[] }) => m.dishes[1]?.tags)).toEqual([
      ['素食', '少盐'],
    ]);
  });

  it('only canteen managers edit menus; bad dishes name the field', async () => {
    expect((await call('PUT', menuUrl('2026-12-01'), staffA, { dishes: lunchDishes })).status).toBe(403);
    const bad = await call('PUT', menuUrl('2026-12-01'), kitchen, { dishes: [{ name: '', tags: ['甜'] }] });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.dishes.0.name', 'body.dishes.0.tags.0']));
  });

  it('staff rate the dishes of a published menu 1–5; rating again replaces their vote', async () => {
    const menus = await call('GET', `/api/canteens/${canteenId}/menus?from=2026-11-30&to=2026-11-30`, staffA);
    const dish = menus.body.items[0].dishes[0];
    expect((await call('POST', `/api/canteen-dishes/${dish.id}/rating`, staffA, { rating: 6 })).status).toBe(
      400,
    );
    expect((await call('POST', `/api/canteen-dishes/${dish.id}/rating`, staffA, { rating: 2 })).status).toBe(
      200,
    );
    expect((await call('POST', `/api/canteen-dishes/${dish.id}/rating`, staffA, { rating: 4 })).status).toBe(
      200,
    );
    expect(
      (await call('POST', `/api/canteen-dishes/${dish.id}/rating`, logistics, { rating: 5 })).status,
    ).toBe(200);
    const rated = await call('GET', `/api/canteens/${canteenId}/menus?from=2026-11-30&to=2026-11-30`, staffA);
    expect(rated.body.items[0].dishes[0]).toMatchObject({ rating: 4.5, ratingCount: 2, myRating: 4 });

    const draft = await call('PUT', menuUrl('2026-12-02'), kitchen, { dishes: lunchDishes });
    const draftDish = draft.body.dishes[0].id;
    const refused = await call('POST', `/api/canteen-dishes/${draftDish}/rating`, staffA, { rating: 3 });
    expect(refused.body.error.code).toBe('MENU_NOT_PUBLISHED');
  });

  it('copies last week into the days of this week that have no menu, as drafts', async () => {
    // next week (Dec 7–13) has one menu already; the copy fills the rest from Nov 30–Dec 6
    await call('PUT', menuUrl('2026-12-07'), kitchen, { dishes: [{ name: '已有的菜', tags: [] }] });
    const copied = await call('POST', `/api/admin/canteens/${canteenId}/menus/copy-week`, kitchen, {
      weekOf: '2026-12-09',
    });
    expect(copied.status).toBe(200);
    // last week: Nov 30 lunch and Dec 2 lunch; Dec 7 is taken
    expect(copied.body).toEqual({ copied: 1, skipped: 1 });
    const next = await call('GET', `/api/canteens/${canteenId}/menus?from=2026-12-07&to=2026-12-13`, kitchen);
    const byDate = Object.fromEntries(
      next.body.items.map((m: { date: string; publishedAt: string | null; dishes: { name: string }[] }) => [
        m.date,
        [m.publishedAt, m.dishes.map((d) => d.name)],
      ]),
    );
    expect(byDate).toEqual({
      '2026-12-07': [null, ['已有的菜']],
      '2026-12-09': [null, ['红烧鸡腿', '清炒时蔬']],
    });
  });

  it('settings: PATCH changes the booking mode and served units; others may not', async () => {
    expect((await call('PATCH', `/api/admin/canteens/${canteenId}`, staffA, { name: 'x' })).status).toBe(403);
    const patched = await call('PATCH', `/api/admin/canteens/${canteenId}`, logistics, {
      servesAll: false,
      unitIds: [org.unitB],
    });
    expect(patched.status).toBe(200);
    const list = await call('GET', '/api/canteens', staffA);
    const seen = list.body.items.find((c: { id: string }) => c.id === canteenId);
    expect(seen.eligible).toBe(false);
    const refused = await call('POST', '/api/meal-bookings', staffA, {
      canteenId,
      date: '2026-12-01',
      meal: 'lunch',
    });
    expect(refused.body.error.code).toBe('CANTEEN_NOT_ELIGIBLE');
  });
});
