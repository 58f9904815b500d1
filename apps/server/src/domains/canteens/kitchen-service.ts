import type { HeadcountSheet, HeadcountSnapshot, KitchenView, Meal } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { ExcelExport } from '../../platform/excel';
import { getActiveCanteen } from './bookings-service';
import {
  countBookingsByUnit,
  countGuests,
  countWalkIns,
  findGuestOrdersForSheet,
  findHeadcounts,
  type HeadcountRecord,
} from './kitchen-repository';
import { assertCanRunCounter } from './policy';
import { findCanteenConfig } from './repository';
import { cutoffOf, isCanteenOpen } from './schedule';

export function toSnapshot(row: HeadcountRecord): HeadcountSnapshot {
  return {
    lockedAt: row.lockedAt.toISOString(),
    staff: row.staffCount,
    guests: row.guestCount,
    total: row.staffCount + row.guestCount,
    byUnit: row.byUnit as HeadcountSnapshot['byUnit'],
  };
}

/**
 * The kitchen's live numbers for one day: per meal booked, served, remaining (booked − served),
 * approved guests, walk-ins and the count by unit; and the headcount locked at cutoff once it is.
 */
export async function kitchenCounts(ctx: AppContext, canteenId: string, date: string): Promise<KitchenView> {
  const canteen = await getActiveCanteen(ctx, canteenId, 'params.id');
  const [byUnit, guests, walkIns, locked, open] = [
    await countBookingsByUnit(ctx.db, canteenId, date),
    await countGuests(ctx.db, canteenId, date),
    await countWalkIns(ctx.db, canteenId, date),
    await findHeadcounts(ctx.db, canteenId, date, date),
    await isCanteenOpen(ctx, canteenId, date),
  ];
  return {
    canteenId,
    date,
    open,
    meals: canteen.meals.map((period) => {
      const units = byUnit
        .filter((u) => u.meal === period.meal)
        .map(({ unitId, unitName, booked, served }) => ({ unitId, unitName, booked, served }));
      const booked = units.reduce((n, u) => n + u.booked, 0);
      const served = units.reduce((n, u) => n + u.served, 0);
      const lockedRow = locked.find((l) => l.meal === period.meal);
      return {
        meal: period.meal,
        cutoffAt: cutoffOf(ctx, period, date).toISOString(),
        booked,
        served,
        remaining: booked - served,
        guests: guests.find((g) => g.meal === period.meal)?.guests ?? 0,
        walkIns: walkIns.find((w) => w.meal === period.meal)?.n ?? 0,
        byUnit: units,
        locked: lockedRow ? toSnapshot(lockedRow) : null,
      };
    }),
  };
}

/** GET /api/canteens/:id/kitchen: canteen staff and the logistics office; today unless ?date. */
export async function kitchenView(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  date: string | undefined,
): Promise<KitchenView> {
  assertCanRunCounter(caller);
  return kitchenCounts(ctx, canteenId, date ?? todayIn(ctx));
}

/** GET /api/canteens/:id/headcount: the locked headcount sheet of one meal (for the printable page). */
export async function headcountSheet(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  key: { date: string; meal: Meal },
): Promise<HeadcountSheet> {
  assertCanRunCounter(caller);
  const canteen = await findCanteenConfig(ctx.db, canteenId);
  if (!canteen) throw notFound('canteen');
  const row = (await findHeadcounts(ctx.db, canteenId, key.date, key.date)).find((h) => h.meal === key.meal);
  if (!row) throw notFound('headcount');
  return {
    canteenId,
    canteenName: canteen.name,
    date: key.date,
    meal: key.meal,
    snapshot: toSnapshot(row),
    guestOrders: await findGuestOrdersForSheet(ctx.db, canteenId, key.date, key.meal),
  };
}

const mealNames: Record<Meal, string> = { breakfast: '早餐', lunch: '午餐', dinner: '晚餐' };

/** The same sheet as .xlsx: one row per unit, then one per guest order, then the total. */
export async function headcountWorkbook(
  ctx: AppContext,
  caller: Caller,
  canteenId: string,
  key: { date: string; meal: Meal },
): Promise<ExcelExport<{ item: string; count: number; note: string }>> {
  const sheet = await headcountSheet(ctx, caller, canteenId, key);
  const rows = [
    ...sheet.snapshot.byUnit.map((u) => ({ item: u.unitName, count: u.count, note: '职工' })),
    ...sheet.guestOrders.map((g) => ({
      item: g.payingUnitName,
      count: g.guestCount,
      note: `客餐：${g.reason}`,
    })),
    {
      item: '合计',
      count: sheet.snapshot.total,
      note: `职工 ${sheet.snapshot.staff}，客人 ${sheet.snapshot.guests}`,
    },
  ];
  const title = `${sheet.canteenName} ${key.date} ${mealNames[key.meal]} 报餐人数（截止锁定）`;
  return {
    filename: `报餐人数-${sheet.canteenName}-${key.date}-${mealNames[key.meal]}.xlsx`,
    sheetName: '报餐人数',
    title,
    columns: [
      { header: '单位', width: 24, value: (r) => r.item },
      { header: '人数', width: 10, value: (r) => r.count },
      { header: '说明', width: 30, value: (r) => r.note },
    ],
    rows,
  };
}
