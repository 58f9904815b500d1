import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../domains/organisation/tables';

/**
 * In-app notifications, one row per recipient. `seq` counts per user (1, 2, 3 …) and is given
 * under the user's counter row lock, so a user's notifications commit in seq order: a stream or
 * a reconnect that asks for "after seq N" can never skip one that commits later.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    data: jsonb('data'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('notifications_user_seq_key').on(t.userId, t.seq),
    index('notifications_unread_idx').on(t.userId, t.seq).where(sql`${t.readAt} is null`),
  ],
);

/** The last seq given to each user; its row lock orders one user's notifications. */
export const notificationCounters = pgTable('notification_counters', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
});

/** Outbound channel settings per user (no row = every channel on, no e-mail address). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  webhookEnabled: boolean('webhook_enabled').notNull().default(true),
  emailEnabled: boolean('email_enabled').notNull().default(true),
  email: text('email'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One outbound send of one notification on one channel; the scheduler job retries it. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    /** pending → sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('notification_deliveries_status_idx').on(t.status, t.createdAt),
    index('notification_deliveries_notification_idx').on(t.notificationId),
    check('notification_deliveries_status_check', sql`${t.status} in ('pending', 'sent', 'failed')`),
    check('notification_deliveries_channel_check', sql`${t.channel} in ('webhook', 'email')`),
  ],
);
