import type { Meal } from '@houqin/contracts';
import {
  findUsersWithUnits,
  materializeOptOut,
  upsertBooked,
} from '../../domains/canteens/bookings-repository';
import { markServed } from '../../domains/canteens/counter-repository';
import { replaceDishes, updateMenuById, upsertMenuForUpdate } from '../../domains/canteens/menus-repository';
import { insertCanteen, replaceCanteenMeals, replaceCanteenUnits } from '../../domains/canteens/repository';
import { weekStartOf } from '../../domains/canteens/schedule';
import { recordAudit } from '../../platform/audit/record';
import { todayIn } from '../../platform/calendar/service';
import { addDays, isWeekend, zonedInstant } from '../../platform/zoned-time';
import { threeMealPeriods } from './canteen-meals';
import type { DemoContext } from './types';

const lunchDishes = [
  [
    { name: '红烧鸡腿', tags: [] },
    { name: '清炒时蔬', tags: ['素食'] },
    { name: '番茄蛋汤', tags: ['少盐'] },
  ],
  [
    { name: '水煮牛肉', tags: ['辣'] },
    { name: '麻婆豆腐', tags: ['辣', '素食'] },
    { name: '紫菜汤', tags: [] },
  ],
  [
    { name: '清蒸鲈鱼', tags: ['少盐'] },
    { name: '手撕包菜', tags: ['素食'] },
    { name: '冬瓜排骨汤', tags: [] },
  ],
  [
    { name: '孜然羊肉', tags: ['清真'] },
    { name: '地三鲜', tags: ['素食'] },
    { name: '酸辣汤', tags: ['辣'] },
  ],
  [
    { name: '宫保鸡丁', tags: ['辣'] },
    { name: '蒜蓉西兰花', tags: ['素食', '少盐'] },
    { name: '玉米排骨汤', tags: [] },
  ],
];
const breakfastDishes = [
  { name: '豆浆油条', tags: ['素食'] },
  { name: '鸡蛋', tags: [] },
  { name: '小米粥', tags: ['素食'] },
];
const dinnerDishes = [
  { name: '家常面条', tags: [] },
  { name: '凉拌黄瓜', tags: ['素食'] },
];

/** A stable pseudo-random number in [0, 1) from a text, so the demo is the same every start. */
const hashOf = (text: string) => {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) / 4294967296;
};

/**
 * Two canteens: 机关食堂 (opt-in, everyone) and 财政局食堂 (opt-out, 区财政局 and 区审计局), menus
 * for this week and next, and a past month of bookings with most of them served, some no-shows,
 * walk-ins absent (the counter adds them live), so statistics and statements show real numbers.
 */
export async function seedDemoCanteens(demo: DemoContext): Promise<void> {
  const { ctx, tx, caller, org } = demo;
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const unit = (code: string) => org.unitIds.get(code) ?? '';
  // created a month ago, so the past month's bookings were made while they existed
  const createdAt = new Date(now.getTime() - 40 * 86_400_000);
  const main = await insertCanteen(tx, {
    name: '机关食堂',
    location: '行政中心A座1楼',
    bookingMode: 'opt_in',
    servesAll: true,
    guestApprovalThreshold: 10,
    createdAt,
    updatedAt: createdAt,
  });
  const small = await insertCanteen(tx, {
    name: '财政局食堂',
    location: '行政中心B座1楼',
    bookingMode: 'opt_out',
    servesAll: false,
    guestApprovalThreshold: 6,
    createdAt,
    updatedAt: createdAt,
  });
  await replaceCanteenMeals(tx, main.id, threeMealPeriods);
  await replaceCanteenMeals(
    tx,
    small.id,
    threeMealPeriods.filter((m) => m.meal === 'lunch'),
  );
  await replaceCanteenUnits(tx, small.id, [unit('CZJ'), unit('SJJ')]);
  for (const c of [main, small]) {
    await recordAudit(
      tx,
      caller,
      { action: 'canteen.created', entityType: 'canteen', entityId: c.id, after: { name: c.name } },
      now,
    );
  }

  const today = todayIn(ctx);
  const monday = weekStartOf(today);
  for (let i = 0; i < 14; i++) {
    const date = addDays(monday, i);
    if (isWeekend(date)) continue;
    const menus: [string, Meal, { name: string; tags: string[] }[]][] = [
      [main.id, 'breakfast', breakfastDishes],
      [main.id, 'lunch', lunchDishes[i % 5] ?? []],
      [main.id, 'dinner', dinnerDishes],
      [small.id, 'lunch', lunchDishes[(i + 2) % 5] ?? []],
    ];
    for (const [canteenId, meal, dishes] of menus) {
      const menu = await upsertMenuForUpdate(tx, { canteenId, date, meal, now });
      await replaceDishes(
        tx,
        menu.id,
        dishes.map((d) => ({ ...d, photoFileId: null })),
      );
      await updateMenuById(tx, menu.id, { publishedAt: now });
    }
  }

  const lunch = threeMealPeriods.find((m) => m.meal === 'lunch');
  const servedBy = org.userIds.get('zhaomin') ?? null;
  if (!lunch || !servedBy) return;
  const smallUnits = new Set([unit('CZJ'), unit('SJJ')]);
  const people = [...org.userIds.entries()];
  const userUnits = new Map(
    (await findUsersWithUnits(tx, [...org.userIds.values()])).map((r) => [r.id, r.unitId] as const),
  );
  for (let back = 30; back >= 1; back--) {
    const date = addDays(today, -back);
    if (isWeekend(date)) continue;
    const servedAt = zonedInstant(date, 720, tz);
    await materializeOptOut(tx, {
      canteenId: small.id,
      servesAll: false,
      date,
      meal: 'lunch',
      priceFen: lunch.priceStaffFen,
      now: createdAt,
    });
    for (const [username, userId] of people) {
      const unitId = userUnits.get(userId);
      if (!unitId || smallUnits.has(unitId)) continue;
      // about 70% book lunch at the main canteen on a given day
      if (hashOf(`${username}|${date}`) > 0.7) continue;
      await upsertBooked(tx, {
        canteenId: main.id,
        userId,
        unitId,
        date,
        meal: 'lunch',
        kind: 'regular',
        bookedBy: userId,
        priceFen: lunch.priceStaffFen,
        createdAt,
        updatedAt: createdAt,
      });
    }
    for (const [username, userId] of people) {
      // about 8% no-shows, the rest served
      if (hashOf(`served|${username}|${date}`) < 0.08) continue;
      for (const canteenId of [main.id, small.id]) {
        await markServed(tx, { canteenId, userId, date, meal: 'lunch', servedBy, now: servedAt });
      }
    }
  }
}
