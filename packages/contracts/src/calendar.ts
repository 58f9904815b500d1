import { z } from 'zod';
import { isoDateSchema } from './common';

/** The workdays API answers at most this many days per call (from and to inclusive). */
export const MAX_WORKDAYS_RANGE_DAYS = 400;

export const workdaysQuerySchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export type WorkdaysQuery = z.infer<typeof workdaysQuerySchema>;

/** One day as every module sees it; `name` only for holidays, adjusted workdays and named exceptions. */
export const calendarDaySchema = z.object({
  date: z.string(),
  workday: z.boolean(),
  name: z.string().optional(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;
export const calendarDaysSchema = z.array(calendarDaySchema);

/**
 * Where a day's answer comes from: the official arrangement (seeded from the data package), an
 * administrator (a correction, or a year the package does not know), a local exception, or the
 * plain Monday–Friday rule.
 */
export const calendarDaySources = ['official', 'admin', 'local'] as const;
export const calendarDaySourceSchema = z.enum(calendarDaySources);
export type CalendarDaySource = z.infer<typeof calendarDaySourceSchema>;

export const adminCalendarDaySchema = z.object({
  date: z.string(),
  workday: z.boolean(),
  name: z.string().nullable(),
  source: z.enum([...calendarDaySources, 'default']),
  /** the official arrangement for this date when the data package has one (shown when overridden) */
  official: z.object({ workday: z.boolean(), name: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type AdminCalendarDay = z.infer<typeof adminCalendarDaySchema>;

export const calendarYearQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});
export type CalendarYearQuery = z.infer<typeof calendarYearQuerySchema>;

export const adminCalendarYearSchema = z.object({
  year: z.number().int(),
  /** false: the data package has no official arrangement for this year yet; import it */
  packageKnowsYear: z.boolean(),
  days: z.array(adminCalendarDaySchema),
});
export type AdminCalendarYear = z.infer<typeof adminCalendarYearSchema>;

export const calendarDateParamsSchema = z.strictObject({ date: isoDateSchema });

export const setCalendarDayInputSchema = z.strictObject({
  workday: z.boolean(),
  name: z.string().trim().min(1).max(50).optional(),
  /** 'local' marks a local exception (e.g. a district-only closure) rather than a correction */
  source: z.enum(['admin', 'local']).default('admin'),
});
export type SetCalendarDayInput = z.infer<typeof setCalendarDayInputSchema>;

/** Pasted lines `YYYY-MM-DD,休|班,name` (e.g. `2027-10-01,休,国庆节`), as the State Council publishes them. */
export const importCalendarInputSchema = z.strictObject({ text: z.string().min(1).max(100_000) });
export type ImportCalendarInput = z.infer<typeof importCalendarInputSchema>;

export const calendarImportErrorSchema = z.object({
  line: z.number().int(),
  text: z.string(),
  message: z.string(),
});
export const calendarImportReportSchema = z.object({
  imported: z.number().int(),
  errors: z.array(calendarImportErrorSchema),
});
export type CalendarImportReport = z.infer<typeof calendarImportReportSchema>;
