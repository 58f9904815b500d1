import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units, users } from '../organisation/tables';

/**
 * 通知公告: what the logistics centre announced, to whom, and how many people it reached. The
 * recipients' own copies are in-app notifications (platform/notifications); this is the record.
 * A unit audience keeps the unit's name as it was, and loses only the link when the unit is deleted
 * (history must not stop a unit from being removed).
 */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    audienceKind: text('audience_kind', { enum: ['all', 'unit', 'role'] }).notNull(),
    audienceUnitId: uuid('audience_unit_id').references(() => units.id, { onDelete: 'set null' }),
    audienceUnitName: text('audience_unit_name'),
    audienceRole: text('audience_role'),
    recipientCount: integer('recipient_count').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    check('announcements_title_check', sql`char_length(${t.title}) between 1 and 100`),
    check('announcements_body_check', sql`char_length(${t.body}) between 1 and 2000`),
    check(
      'announcements_audience_check',
      sql`(${t.audienceKind} = 'all' and ${t.audienceUnitId} is null and ${t.audienceUnitName} is null
           and ${t.audienceRole} is null)
       or (${t.audienceKind} = 'unit' and ${t.audienceUnitName} is not null and ${t.audienceRole} is null)
       or (${t.audienceKind} = 'role' and ${t.audienceUnitId} is null and ${t.audienceUnitName} is null
           and ${t.audienceRole} is not null)`,
    ),
    check('announcements_recipient_count_check', sql`${t.recipientCount} >= 0`),
    index('announcements_created_idx').on(t.createdAt.desc(), t.id),
  ],
);
