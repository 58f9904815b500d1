import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units, users } from '../organisation/tables';
import { rooms } from '../spaces/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A space room that can be booked, with its policy. Open hours are minutes after midnight in the
 * deployment zone.
 */
export const meetingRooms = pgTable(
  'meeting_rooms',
  {
    roomId: uuid('room_id')
      .primaryKey()
      .references(() => rooms.id),
    capacity: integer('capacity').notNull(),
    equipment: text('equipment').array().notNull().default(sql`'{}'::text[]`),
    bookable: boolean('bookable').notNull().default(true),
    openFromMinute: integer('open_from_minute').notNull().default(480),
    openToMinute: integer('open_to_minute').notNull().default(1080),
    workdaysOnly: boolean('workdays_only').notNull().default(true),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    bookingScope: text('booking_scope', { enum: ['everyone', 'units', 'roles'] })
      .notNull()
      .default('everyone'),
    allowedUnitIds: uuid('allowed_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    allowedRoles: text('allowed_roles').array().notNull().default(sql`'{}'::text[]`),
    minMinutes: integer('min_minutes').notNull().default(15),
    maxMinutes: integer('max_minutes').notNull().default(480),
    maxDaysAhead: integer('max_days_ahead').notNull().default(30),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(0),
    bufferMinutes: integer('buffer_minutes').notNull().default(0),
    checkInRequired: boolean('check_in_required').notNull().default(false),
    checkInOpensMinutes: integer('check_in_opens_minutes').notNull().default(10),
    noShowMinutes: integer('no_show_minutes').notNull().default(15),
    quotaHoursPerWeek: integer('quota_hours_per_week'),
    pendingHoldHours: integer('pending_hold_hours').notNull().default(48),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    check('meeting_rooms_capacity_check', sql`${t.capacity} > 0`),
    check(
      'meeting_rooms_open_check',
      sql`${t.openFromMinute} >= 0 and ${t.openFromMinute} < ${t.openToMinute} and ${t.openToMinute} <= 1440`,
    ),
    check('meeting_rooms_duration_check', sql`${t.minMinutes} > 0 and ${t.minMinutes} <= ${t.maxMinutes}`),
    check('meeting_rooms_scope_check', sql`${t.bookingScope} in ('everyone', 'units', 'roles')`),
    check('meeting_rooms_buffer_check', sql`${t.bufferMinutes} >= 0`),
  ],
);

/** Named approvers of a room (none: the room administrators approve). */
export const meetingRoomApprovers = pgTable(
  'meeting_room_approvers',
  {
    roomId: uuid('room_id')
      .notNull()
      .references(() => meetingRooms.roomId, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.roomId, t.userId] }),
    index('meeting_room_approvers_user_idx').on(t.userId),
  ],
);

/** A recurring booking: the rule it was expanded from. Each occurrence is a room_bookings row. */
export const bookingSeries = pgTable('room_booking_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  roomId: uuid('room_id')
    .notNull()
    .references(() => meetingRooms.roomId),
  rrule: text('rrule').notNull(),
  bookerId: uuid('booker_id')
    .notNull()
    .references(() => users.id),
  createdAt: ts('created_at').notNull(),
});

/**
 * One booking (one occurrence of a series). `blocked_until` is the end plus the room's buffer: the
 * exclusion constraint `room_bookings_no_overlap` (migration 0008, btree_gist) forbids two active
 * (pending/confirmed) bookings of one room whose [starts_at, blocked_until) ranges overlap.
 */
export const roomBookings = pgTable(
  'room_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => meetingRooms.roomId),
    seriesId: uuid('series_id').references(() => bookingSeries.id),
    bookerId: uuid('booker_id')
      .notNull()
      .references(() => users.id),
    /** the booker's unit when booked (statistics stay true if they move) */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    externalCount: integer('external_count').notNull().default(0),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    blockedUntil: ts('blocked_until').notNull(),
    status: text('status', {
      enum: ['pending', 'confirmed', 'cancelled', 'rejected', 'released', 'expired'],
    }).notNull(),
    checkInRequired: boolean('check_in_required').notNull(),
    checkedInAt: ts('checked_in_at'),
    endedEarlyAt: ts('ended_early_at'),
    /** a pending booking holds the slot until then */
    holdExpiresAt: ts('hold_expires_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    /** rejection or cancellation reason */
    decisionReason: text('decision_reason'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('room_bookings_room_start_idx').on(t.roomId, t.startsAt),
    index('room_bookings_booker_idx').on(t.bookerId, t.startsAt),
    index('room_bookings_series_idx').on(t.seriesId, t.startsAt),
    index('room_bookings_pending_idx').on(t.holdExpiresAt).where(sql`${t.status} = 'pending'`),
    index('room_bookings_no_show_idx')
      .on(t.startsAt)
      .where(sql`${t.status} = 'confirmed' and ${t.checkInRequired} and ${t.checkedInAt} is null`),
    check('room_bookings_time_check', sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.blockedUntil}`),
    check(
      'room_bookings_status_check',
      sql`${t.status} in ('pending', 'confirmed', 'cancelled', 'rejected', 'released', 'expired')`,
    ),
    check('room_bookings_title_check', sql`char_length(${t.title}) between 1 and 100`),
    check('room_bookings_external_check', sql`${t.externalCount} >= 0`),
  ],
);

/** Internal attendees: notified, and the booking shows in their list and calendar feed. */
export const roomBookingAttendees = pgTable(
  'room_booking_attendees',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => roomBookings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.userId] }),
    index('room_booking_attendees_user_idx').on(t.userId),
  ],
);

/** 会务服务: one task per service of a booking, due before the meeting. */
export const meetingServiceTasks = pgTable(
  'meeting_service_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => roomBookings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['tea', 'name_cards', 'av_setup', 'banner'] }).notNull(),
    note: text('note').notNull().default(''),
    dueAt: ts('due_at').notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    doneBy: uuid('done_by').references(() => users.id),
    doneAt: ts('done_at'),
  },
  (t) => [
    uniqueIndex('meeting_service_tasks_booking_kind_key').on(t.bookingId, t.kind),
    index('meeting_service_tasks_due_idx').on(t.dueAt),
    check('meeting_service_tasks_kind_check', sql`${t.kind} in ('tea', 'name_cards', 'av_setup', 'banner')`),
    check('meeting_service_tasks_status_check', sql`${t.status} in ('open', 'done', 'cancelled')`),
  ],
);

/** 关闭: a room out of use for a period (renovation, a district event). */
export const roomClosures = pgTable(
  'room_closures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => meetingRooms.roomId),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('room_closures_room_idx').on(t.roomId, t.startsAt),
    check('room_closures_time_check', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/**
 * A calendar subscription: a secret token (stored as its SHA-256) that reads one user's own feed
 * or one room's feed as that user. Regenerating revokes the old one.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    scope: text('scope', { enum: ['me', 'room'] }).notNull(),
    roomId: uuid('room_id').references(() => meetingRooms.roomId),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_key').on(t.tokenHash),
    // one live feed per user and scope/room: regenerating revokes the previous one
    uniqueIndex('calendar_feeds_live_key')
      .on(t.userId, t.scope, sql`coalesce(${t.roomId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.revokedAt} is null`),
    check('calendar_feeds_scope_check', sql`(${t.scope} = 'room') = (${t.roomId} is not null)`),
  ],
);

/**
 * One row whose version goes up (by triggers, migration 0010) whenever anything a room listing
 * shows changes: room policies, approvers, the spaces rows, approvers' names, room photos. A
 * process keeps its room list while the version stays the same (rooms-catalog.ts).
 */
export const meetingRoomCatalog = pgTable(
  'meeting_room_catalog',
  {
    id: integer('id').primaryKey().default(1),
    version: integer('version').notNull().default(0),
  },
  (t) => [check('meeting_room_catalog_single_row', sql`${t.id} = 1`)],
);
