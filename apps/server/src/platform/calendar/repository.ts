import { and, asc, between, eq, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../domains/organisation/tables';
import type { OfficialDay } from './official';
import { type CalendarDayRow, calendarDays } from './tables';

export type StoredDay = Pick<CalendarDayRow, 'date' | 'workday' | 'name' | 'source'>;
export type NewCalendarDay = Omit<CalendarDayRow, 'updatedAt'> & { updatedAt: Date };
export type EditedDay = StoredDay & { updatedAt: Date; updatedByName: string | null };

const stored = {
  date: calendarDays.date,
  workday: calendarDays.workday,
  name: calendarDays.name,
  source: calendarDays.source,
};

export async function findDaysBetween(
  db: Executor,
  range: { from: string; to: string },
): Promise<StoredDay[]> {
  return db
    .select(stored)
    .from(calendarDays)
    .where(between(calendarDays.date, range.from, range.to))
    .orderBy(asc(calendarDays.date));
}

/** The stored days of a range with who last edited them (for the console). */
export async function findEditedDaysBetween(
  db: Executor,
  range: { from: string; to: string },
): Promise<EditedDay[]> {
  return db
    .select({ ...stored, updatedAt: calendarDays.updatedAt, updatedByName: users.displayName })
    .from(calendarDays)
    .leftJoin(users, eq(users.id, calendarDays.updatedBy))
    .where(between(calendarDays.date, range.from, range.to))
    .orderBy(asc(calendarDays.date));
}

/** The stored day, locked for the rest of the transaction. */
export async function findDayForUpdate(tx: Executor, date: string): Promise<StoredDay | undefined> {
  const [row] = await tx.select(stored).from(calendarDays).where(eq(calendarDays.date, date)).for('update');
  return row;
}

/** Inserts or replaces whole days (an edit or an import: the newest answer wins, whatever its source). */
export async function upsertDays(tx: Executor, days: NewCalendarDay[]): Promise<void> {
  if (days.length === 0) return;
  await tx
    .insert(calendarDays)
    .values(days)
    .onConflictDoUpdate({
      target: calendarDays.date,
      set: {
        workday: sql`excluded.workday`,
        name: sql`excluded.name`,
        source: sql`excluded.source`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

export async function deleteDay(tx: Executor, date: string): Promise<void> {
  await tx.delete(calendarDays).where(eq(calendarDays.date, date));
}

/**
 * Brings the 'official' rows in line with the package: inserts missing days, updates changed ones
 * and removes official days the package no longer lists. Rows an administrator wrote ('admin',
 * 'local') are never touched. Idempotent; safe when several processes start at once (same rows in
 * the same order, so concurrent runs wait for each other instead of deadlocking).
 */
export async function syncOfficialDays(
  db: Executor,
  days: readonly OfficialDay[],
  now: Date,
): Promise<{ written: number; removed: number }> {
  if (days.length === 0) return { written: 0, removed: 0 };
  const written = await db
    .insert(calendarDays)
    .values(days.map((d) => ({ ...d, source: 'official' as const, updatedBy: null, updatedAt: now })))
    .onConflictDoUpdate({
      target: calendarDays.date,
      set: { workday: sql`excluded.workday`, name: sql`excluded.name`, updatedAt: sql`excluded.updated_at` },
      setWhere: sql`${calendarDays.source} = 'official' and (${calendarDays.workday} is distinct from excluded.workday or ${calendarDays.name} is distinct from excluded.name)`,
    })
    .returning({ date: calendarDays.date });
  const removed = await db
    .delete(calendarDays)
    .where(
      and(
        eq(calendarDays.source, 'official'),
        notInArray(
          calendarDays.date,
          days.map((d) => d.date),
        ),
      ),
    )
    .returning({ date: calendarDays.date });
  return { written: written.length, removed: removed.length };
}
