import { calendarDaySources } from '@houqin/contracts';
import { sql } from 'drizzle-orm';
import { boolean, check, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Days that differ from, or are named beyond, the plain Monday–Friday rule: the official
 * arrangement (source 'official', seeded from the data package at every start), administrators'
 * corrections and years the package does not know ('admin'), and local exceptions ('local').
 * A date present here wins over the weekday rule; the seed never overwrites 'admin' or 'local'.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    workday: boolean('workday').notNull(),
    name: text('name'),
    source: text('source', { enum: calendarDaySources }).notNull(),
    /** the user who last edited the day; null for the seed */
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_days_source_check', sql`${t.source} in ('official', 'admin', 'local')`)],
);

export type CalendarDayRow = typeof calendarDays.$inferSelect;
