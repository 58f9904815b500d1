import type { CanteenStats, CanteenStatsQuery, Meal, Statement, StatementQuery } from '@houqin/contracts';
import { meals } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import type { ExcelExport } from '../../platform/excel';
import { addDays, parseDate } from '../../platform/zoned-time';
import { assertSignedIn, mealScope, statsScope } from './policy';
import { assertRange } from './ranges';
import {
  bookedServedBy,
  guestCharges,
  guestsByMeal,
  personCharges,
  type StatsFilter,
  walkInsBy,
  wastedByMeal,
} from './stats-repository';

const rate = (noShows: number, booked: number) =>
  booked === 0 ? 0 : Math.round((noShows / booked) * 10_000) / 10_000;
const lookup = (rows: { key: string; n: number }[]) => new Map(rows.map((r) => [r.key, r.n]));

/**
 * GET /api/admin/canteen-stats: no-shows (booked, not served), walk-ins, guests and estimated waste
 * for days that are over (the range is cut at yesterday: today's diners are still coming). Whole
 * district for managers and auditors, their unit for a unit_admin.
 */
export async function canteenStats(
  ctx: AppContext,
  caller: Caller,
  query: CanteenStatsQuery,
): Promise<CanteenStats> {
  const scope = statsScope(caller);
  assertRange(query.from, query.to);
  const yesterday = addDays(todayIn(ctx), -1);
  const to = [query.to, yesterday].sort()[0] ?? yesterday;
  const f: StatsFilter = {
    from: query.from,
    to,
    canteenId: query.canteenId,
    unitId: scope.kind === 'unit' ? scope.unitId : undefined,
  };
  const [mealRows, unitRows, personRows, dateRows, walkMeal, walkDate, guests, wasted] = [
    await bookedServedBy(ctx.db, f, 'meal'),
    await bookedServedBy(ctx.db, f, 'unit'),
    await bookedServedBy(ctx.db, f, 'person'),
    await bookedServedBy(ctx.db, f, 'date'),
    lookup(await walkInsBy(ctx.db, f, 'meal')),
    lookup(await walkInsBy(ctx.db, f, 'date')),
    lookup(await guestsByMeal(ctx.db, f)),
    lookup(await wastedByMeal(ctx.db, f)),
  ];
  const byMeal = meals.map((meal: Meal) => {
    const r = mealRows.find((m) => m.key === meal) ?? { booked: 0, served: 0 };
    const noShows = r.booked - r.served;
    return {
      meal,
      booked: r.booked,
      served: r.served,
      noShows,
      walkIns: walkMeal.get(meal) ?? 0,
      guests: guests.get(meal) ?? 0,
      // a unit's share of the waste is what its own diners left uneaten
      estimatedWasted: scope.kind === 'unit' ? noShows : (wasted.get(meal) ?? 0),
    };
  });
  const sum = (k: 'booked' | 'served' | 'noShows' | 'walkIns' | 'guests' | 'estimatedWasted') =>
    byMeal.reduce((n, m) => n + m[k], 0);
  const dates = [...new Set([...dateRows.map((d) => d.key), ...walkDate.keys()])].sort();
  return {
    from: query.from,
    to,
    totals: {
      booked: sum('booked'),
      served: sum('served'),
      noShows: sum('noShows'),
      noShowRate: rate(sum('noShows'), sum('booked')),
      walkIns: sum('walkIns'),
      guests: sum('guests'),
      estimatedWasted: sum('estimatedWasted'),
    },
    byMeal,
    // highest no-show rate first, then the most bookings, then by name: a stable order for a stable chart
    byUnit: unitRows
      .map((u) => ({
        unitId: u.key,
        unitName: u.name ?? '',
        booked: u.booked,
        served: u.served,
        noShows: u.booked - u.served,
        noShowRate: rate(u.booked - u.served, u.booked),
      }))
      .sort(
        (a, b) =>
          b.noShowRate - a.noShowRate || b.booked - a.booked || a.unitName.localeCompare(b.unitName, 'zh-CN'),
      ),
    byPerson: personRows
      .map((p) => ({
        userId: p.key,
        displayName: p.name ?? '',
        unitName: p.unitName ?? '',
        booked: p.booked,
        noShows: p.booked - p.served,
        noShowRate: rate(p.booked - p.served, p.booked),
      }))
      .filter((p) => p.noShows > 0)
      .sort((a, b) => b.noShows - a.noShows || b.noShowRate - a.noShowRate)
      .slice(0, 100),
    trend: dates.map((date) => {
      const r = dateRows.find((d) => d.key === date) ?? { booked: 0, served: 0 };
      return {
        date,
        booked: r.booked,
        served: r.served,
        noShows: r.booked - r.served,
        walkIns: walkDate.get(date) ?? 0,
      };
    }),
  };
}

function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const { year, month: m } = parseDate(from);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/**
 * GET /api/canteen-statements?month: what each person and unit owes for the month. A person pays
 * their booked meals (booked, served or not: the kitchen cooked for them) at the price of the day
 * they booked, and their identified walk-ins; a unit's total is its people's plus the guest meals
 * it pays for. Staff see their own line; a unit_admin their unit; managers everyone.
 */
export async function monthlyStatement(
  ctx: AppContext,
  caller: Caller,
  query: StatementQuery,
): Promise<Statement> {
  const actor = assertSignedIn(caller);
  const scope = mealScope(actor);
  const f: StatsFilter = {
    ...monthRange(query.month),
    canteenId: query.canteenId,
    unitId: scope.kind === 'unit' ? scope.unitId : undefined,
    userId: scope.kind === 'own' ? scope.userId : undefined,
  };
  const people = (await personCharges(ctx.db, f)).map((p) => ({
    userId: p.user_id,
    displayName: p.display_name,
    unitId: p.unit_id,
    unitName: p.unit_name,
    meals: p.meals,
    mealsFen: p.meals_fen,
    walkIns: p.walk_ins,
    walkInsFen: p.walk_ins_fen,
    totalFen: p.meals_fen + p.walk_ins_fen,
  }));
  const guests = scope.kind === 'own' ? [] : await guestCharges(ctx.db, f);
  const units = new Map<string, Statement['units'][number]>();
  const unitOf = (unitId: string, unitName: string) => {
    let u = units.get(unitId);
    if (!u) {
      u = { unitId, unitName, staffMeals: 0, staffFen: 0, guestMeals: 0, guestFen: 0, totalFen: 0 };
      units.set(unitId, u);
    }
    return u;
  };
  if (scope.kind !== 'own') {
    for (const p of people) {
      const u = unitOf(p.unitId, p.unitName);
      u.staffMeals += p.meals + p.walkIns;
      u.staffFen += p.totalFen;
      u.totalFen += p.totalFen;
    }
    for (const g of guests) {
      const u = unitOf(g.unit_id, g.unit_name);
      u.guestMeals += g.guests;
      u.guestFen += g.fen;
      u.totalFen += g.fen;
    }
  }
  const unitList = [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const totalFen =
    scope.kind === 'own'
      ? people.reduce((n, p) => n + p.totalFen, 0)
      : unitList.reduce((n, u) => n + u.totalFen, 0);
  return { month: query.month, people, units: unitList, totalFen };
}

const yuan = (fen: number) => fen / 100;

export async function statementWorkbook(
  ctx: AppContext,
  caller: Caller,
  query: StatementQuery,
  of: 'people' | 'units',
): Promise<ExcelExport<Record<string, string | number>>> {
  const s = await monthlyStatement(ctx, caller, query);
  if (of === 'people') {
    return {
      filename: `就餐月结-个人-${query.month}.xlsx`,
      sheetName: '个人',
      title: `${query.month} 就餐月结（个人，共 ${s.people.length} 人）`,
      columns: [
        { header: '单位', width: 22, value: (r) => r.unitName },
        { header: '姓名', width: 12, value: (r) => r.displayName },
        { header: '报餐次数', width: 10, value: (r) => r.meals },
        { header: '报餐金额（元）', width: 14, numFmt: '0.00', value: (r) => r.mealsYuan },
        { header: '临时就餐次数', width: 12, value: (r) => r.walkIns },
        { header: '临时就餐金额（元）', width: 16, numFmt: '0.00', value: (r) => r.walkInsYuan },
        { header: '合计（元）', width: 12, numFmt: '0.00', value: (r) => r.totalYuan },
      ],
      rows: s.people.map((p) => ({
        unitName: p.unitName,
        displayName: p.displayName,
        meals: p.meals,
        mealsYuan: yuan(p.mealsFen),
        walkIns: p.walkIns,
        walkInsYuan: yuan(p.walkInsFen),
        totalYuan: yuan(p.totalFen),
      })),
    };
  }
  return {
    filename: `就餐月结-单位-${query.month}.xlsx`,
    sheetName: '单位',
    title: `${query.month} 就餐月结（单位，共 ${s.units.length} 个）`,
    columns: [
      { header: '单位', width: 22, value: (r) => r.unitName },
      { header: '职工就餐次数', width: 12, value: (r) => r.staffMeals },
      { header: '职工金额（元）', width: 14, numFmt: '0.00', value: (r) => r.staffYuan },
      { header: '客餐人次', width: 10, value: (r) => r.guestMeals },
      { header: '客餐金额（元）', width: 14, numFmt: '0.00', value: (r) => r.guestYuan },
      { header: '合计（元）', width: 12, numFmt: '0.00', value: (r) => r.totalYuan },
    ],
    rows: s.units.map((u) => ({
      unitName: u.unitName,
      staffMeals: u.staffMeals,
      staffYuan: yuan(u.staffFen),
      guestMeals: u.guestMeals,
      guestYuan: yuan(u.guestFen),
      totalYuan: yuan(u.totalFen),
    })),
  };
}
