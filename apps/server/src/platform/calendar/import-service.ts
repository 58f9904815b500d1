import type { CalendarImportReport, ImportCalendarInput } from '@houqin/contracts';
import { recordAudit } from '../audit/record';
import type { Caller } from '../auth/actor';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Locale } from '../i18n';
import { yearOf } from '../zoned-time';
import { assertCanManageCalendar } from './admin-service';
import { forgetCalendarYears } from './days';
import { parseCalendarText } from './import-text';
import { upsertDays } from './repository';

/**
 * Imports pasted lines (e.g. next year's State Council arrangement) as administrator days. Every
 * line is checked first; any problem imports nothing and answers 422 CALENDAR_IMPORT_INVALID with
 * details.errors [{line, text, message}]. Otherwise all days are written in one transaction with
 * one audit entry listing them.
 */
export async function importCalendar(
  ctx: AppContext,
  caller: Caller,
  input: ImportCalendarInput,
  locale: Locale,
): Promise<CalendarImportReport> {
  const actor = assertCanManageCalendar(caller);
  const { days, errors } = parseCalendarText(input.text, locale);
  if (errors.length > 0) throw new AppError('CALENDAR_IMPORT_INVALID', { errors });
  const now = ctx.clock.now();
  const dates = days.map((d) => d.date).sort();
  await ctx.db.transaction(async (tx) => {
    await upsertDays(
      tx,
      days.map((d) => ({
        date: d.date,
        workday: d.workday,
        name: d.name,
        source: 'admin' as const,
        updatedBy: actor.id,
        updatedAt: now,
      })),
    );
    await recordAudit(
      tx,
      caller,
      {
        action: 'calendar.imported',
        entityType: 'calendar',
        entityId: `${dates[0]}..${dates.at(-1)}`,
        after: {
          count: days.length,
          days: days.map((d) => `${d.date} ${d.workday ? '班' : '休'}${d.name ? ` ${d.name}` : ''}`),
        },
      },
      now,
    );
  });
  forgetCalendarYears(ctx, new Set(dates.map(yearOf)));
  return { imported: days.length, errors: [] };
}
