import type { CanteenStatsQuery } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import type { ExcelExport } from '../../platform/excel';
import { canteenStats } from './stats-service';

export const statsTables = ['trend', 'units', 'meals', 'people'] as const;
export type StatsTable = (typeof statsTables)[number];

const mealNames = { breakfast: '早餐', lunch: '午餐', dinner: '晚餐' } as const;
const percent = (rate: number) => Math.round(rate * 1000) / 10;

type Row = Record<string, string | number>;

/** The tables of 报餐统计 as .xlsx, one file per table, with exactly the statistics page's numbers. */
export async function statsWorkbook(
  ctx: AppContext,
  caller: Caller,
  query: CanteenStatsQuery,
  table: StatsTable,
): Promise<ExcelExport<Row>> {
  const s = await canteenStats(ctx, caller, query);
  const span = `${s.from} 至 ${s.to}`;
  const counts = (keys: [string, string][]) =>
    keys.map(([key, header]) => ({ header, width: 10, value: (r: Row) => r[key] ?? 0 }));
  if (table === 'trend') {
    return {
      filename: `报餐统计-每日-${s.from}-${s.to}.xlsx`,
      sheetName: '每日',
      title: `报餐统计（每日，${span}）`,
      columns: [
        { header: '日期', width: 12, value: (r) => r.date ?? '' },
        ...counts([
          ['booked', '报餐'],
          ['served', '就餐'],
          ['noShows', '未就餐'],
          ['walkIns', '散客'],
        ]),
      ],
      rows: s.trend,
    };
  }
  if (table === 'meals') {
    return {
      filename: `报餐统计-餐次-${s.from}-${s.to}.xlsx`,
      sheetName: '餐次',
      title: `报餐统计（按餐次，${span}）`,
      columns: [
        { header: '餐次', width: 8, value: (r) => r.meal ?? '' },
        ...counts([
          ['booked', '报餐'],
          ['served', '就餐'],
          ['noShows', '未就餐'],
          ['guests', '客餐'],
          ['walkIns', '散客'],
          ['estimatedWasted', '估计浪费份数'],
        ]),
      ],
      rows: s.byMeal.map((m) => ({ ...m, meal: mealNames[m.meal] })),
    };
  }
  const rate = { header: '未就餐率（%）', width: 12, numFmt: '0.0', value: (r: Row) => r.rate ?? 0 };
  if (table === 'units') {
    return {
      filename: `报餐统计-单位-${s.from}-${s.to}.xlsx`,
      sheetName: '单位',
      title: `报餐统计（按单位，${span}）`,
      columns: [
        { header: '单位', width: 22, value: (r) => r.unitName ?? '' },
        ...counts([
          ['booked', '报餐'],
          ['served', '就餐'],
          ['noShows', '未就餐'],
        ]),
        rate,
      ],
      rows: s.byUnit.map((u) => ({ ...u, rate: percent(u.noShowRate) })),
    };
  }
  return {
    filename: `报餐统计-个人未就餐-${s.from}-${s.to}.xlsx`,
    sheetName: '个人',
    title: `报餐统计（个人未就餐，${span}）`,
    columns: [
      { header: '单位', width: 22, value: (r) => r.unitName ?? '' },
      { header: '姓名', width: 12, value: (r) => r.displayName ?? '' },
      ...counts([
        ['booked', '报餐'],
        ['noShows', '未就餐'],
      ]),
      rate,
    ],
    rows: s.byPerson.map((p) => ({ ...p, rate: percent(p.noShowRate) })),
  };
}
