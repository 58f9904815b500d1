import type { AdminCalendarDay, AdminCalendarYear, SetCalendarDayInput } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit/record';
import { type Actor, type Caller, requireRole } from '../auth/actor';
import type { AppContext } from '../context';
import { datesBetween, yearOf } from '../zoned-time';
import { defaultDay, forgetCalendarYears } from './days';
import { officialDays, officialYears } from './official';
import {
  deleteDay,
  type EditedDay,
  findDayForUpdate,
  findEditedDaysBetween,
  type StoredDay,
  upsertDays,
} from './repository';

/** The calendar console: system administrators and logistics administrators. */
export function assertCanManageCalendar(caller: Caller): Actor {
  return requireRole(caller, 'sysadmin', 'logistics_admin');
}

function adminDay(date: string, edited: EditedDay | undefined): AdminCalendarDay {
  const official = officialDays.get(date);
  const day = edited ?? defaultDay(date);
  return {
    date,
    workday: day.workday,
    name: day.name,
    source: day.source,
    official: official ? { workday: official.workday, name: official.name } : null,
    updatedAt: edited ? edited.updatedAt.toISOString() : null,
    updatedByName: edited?.updatedByName ?? null,
  };
}

async function adminDaysBetween(db: Executor, from: string, to: string): Promise<AdminCalendarDay[]> {
  const edited = new Map((await findEditedDaysBetween(db, { from, to })).map((d) => [d.date, d]));
  return datesBetween(from, to).map((date) => adminDay(date, edited.get(date)));
}

/** Every day of a year with its answer and source, for the console. */
export async function getCalendarYear(
  ctx: AppContext,
  caller: Caller,
  year: number,
): Promise<AdminCalendarYear> {
  assertCanManageCalendar(caller);
  const days = await adminDaysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`);
  return { year, packageKnowsYear: officialYears.has(year), days };
}

const auditView = (day: Pick<StoredDay, 'workday' | 'name'> & { source: string }) => ({
  workday: day.workday,
  name: day.name,
  source: day.source,
});

async function dayView(ctx: AppContext, date: string): Promise<AdminCalendarDay> {
  const [day] = await adminDaysBetween(ctx.db, date, date);
  if (!day) throw new Error(`calendar day ${date} vanished`);
  return day;
}

/** Sets one day (a correction, a day of a year the package lacks, or a local exception); audited. */
export async function setCalendarDay(
  ctx: AppContext,
  caller: Caller,
  date: string,
  input: SetCalendarDayInput,
): Promise<AdminCalendarDay> {
  const actor = assertCanManageCalendar(caller);
  const now = ctx.clock.now();
  const after = { date, workday: input.workday, name: input.name ?? null, source: input.source };
  await ctx.db.transaction(async (tx) => {
    const before = (await findDayForUpdate(tx, date)) ?? defaultDay(date);
    await upsertDays(tx, [{ ...after, updatedBy: actor.id, updatedAt: now }]);
    await recordAudit(
      tx,
      caller,
      {
        action: 'calendar.day_set',
        entityType: 'calendar_day',
        entityId: date,
        before: auditView(before),
        after: auditView(after),
      },
      now,
    );
  });
  forgetCalendarYears(ctx, [yearOf(date)]);
  return dayView(ctx, date);
}

/**
 * Puts a day back to its default: the official arrangement when the package has one for that
 * date, else the Monday–Friday rule. Audited when something changed.
 */
export async function resetCalendarDay(
  ctx: AppContext,
  caller: Caller,
  date: string,
): Promise<AdminCalendarDay> {
  assertCanManageCalendar(caller);
  const now = ctx.clock.now();
  const official = officialDays.get(date);
  await ctx.db.transaction(async (tx) => {
    const current = await findDayForUpdate(tx, date);
    if (!current || current.source === 'official') return;
    await deleteDay(tx, date);
    if (official)
      await upsertDays(tx, [{ ...official, source: 'official', updatedBy: null, updatedAt: now }]);
    const restored = official ? { ...official, source: 'official' } : defaultDay(date);
    await recordAudit(
      tx,
      caller,
      {
        action: 'calendar.day_reset',
        entityType: 'calendar_day',
        entityId: date,
        before: auditView(current),
        after: auditView(restored),
      },
      now,
    );
  });
  forgetCalendarYears(ctx, [yearOf(date)]);
  return dayView(ctx, date);
}
