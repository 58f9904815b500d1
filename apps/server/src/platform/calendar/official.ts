import { createRequire } from 'node:module';
import { z } from 'zod';

/**
 * The official arrangement (holidays and adjusted workdays, 调休上班) from the chinese-days data
 * package, read from the JSON data file it publishes (dist/chinese-days.json), not through its
 * functions: those build their date keys with the process TZ's Date getters, so west of UTC
 * (e.g. TZ=America/St_Johns) getDayDetail('2026-10-09') reports the date 2026-10-08 and
 * "Thursday", and plain weekends come out as workdays, even for 'YYYY-MM-DD' strings.
 * The package stops at 2026; later years are entered by an administrator.
 */

export interface OfficialDay {
  date: string;
  workday: boolean;
  name: string;
}

const packageDataSchema = z.object({
  // "National Day,国庆节,3": English name, Chinese name, length of the holiday block
  holidays: z.record(z.iso.date(), z.string()),
  workdays: z.record(z.iso.date(), z.string()),
});

/** The package's short names, as the State Council notices write them. */
const fullNames: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function chineseName(raw: string): string {
  const short = raw.split(',')[1]?.trim() || raw.trim();
  return fullNames[short] ?? short;
}

function loadOfficialDays(): Map<string, OfficialDay> {
  const require = createRequire(import.meta.url);
  const data = packageDataSchema.parse(require('chinese-days/dist/chinese-days.json'));
  const days = new Map<string, OfficialDay>();
  for (const [date, raw] of Object.entries(data.holidays)) {
    days.set(date, { date, workday: false, name: chineseName(raw) });
  }
  for (const [date, raw] of Object.entries(data.workdays)) {
    days.set(date, { date, workday: true, name: `调休上班（${chineseName(raw)}）` });
  }
  return new Map([...days.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Every official holiday and adjusted workday the package knows, by date, in date order. */
export const officialDays: ReadonlyMap<string, OfficialDay> = loadOfficialDays();

/** Years the package has an arrangement for; other years follow Monday–Friday until an admin edits them. */
export const officialYears: ReadonlySet<number> = new Set(
  [...officialDays.keys()].map((date) => Number(date.slice(0, 4))),
);
