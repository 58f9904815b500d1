import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units, users } from '../organisation/tables';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const mealCheck = (column: unknown) => sql`${column} in ('breakfast', 'lunch', 'dinner')`;

/** 食堂. servesAll, or only the units listed in canteen_units. */
export const canteens = pgTable(
  'canteens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    location: text('location'),
    bookingMode: text('booking_mode', { enum: ['opt_in', 'opt_out'] }).notNull(),
    servesAll: boolean('serves_all').notNull().default(true),
    guestApprovalThreshold: integer('guest_approval_threshold').notNull().default(10),
    active: boolean('active').notNull().default(true),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('canteens_name_key').on(t.name),
    check('canteens_name_check', sql`char_length(${t.name}) between 1 and 100`),
    check('canteens_booking_mode_check', sql`${t.bookingMode} in ('opt_in', 'opt_out')`),
    check('canteens_guest_threshold_check', sql`${t.guestApprovalThreshold} >= 0`),
  ],
);

export const canteenUnits = pgTable(
  'canteen_units',
  {
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ name: 'canteen_units_pkey', columns: [t.canteenId, t.unitId] })],
);

/**
 * A meal a canteen serves: the serving window, the cutoff (cutoff_day_offset days from the meal's
 * date, at cutoff_minute, in the deployment zone) and prices per diner type in fen.
 */
export const canteenMeals = pgTable(
  'canteen_meals',
  {
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id, { onDelete: 'cascade' }),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    servesFromMinute: smallint('serves_from_minute').notNull(),
    servesToMinute: smallint('serves_to_minute').notNull(),
    cutoffDayOffset: smallint('cutoff_day_offset').notNull(),
    cutoffMinute: smallint('cutoff_minute').notNull(),
    priceStaffFen: integer('price_staff_fen').notNull(),
    priceGuestFen: integer('price_guest_fen').notNull(),
    priceWalkInFen: integer('price_walk_in_fen').notNull(),
  },
  (t) => [
    primaryKey({ name: 'canteen_meals_pkey', columns: [t.canteenId, t.meal] }),
    check('canteen_meals_meal_check', mealCheck(t.meal)),
    check(
      'canteen_meals_window_check',
      sql`${t.servesFromMinute} >= 0 and ${t.servesFromMinute} < ${t.servesToMinute} and ${t.servesToMinute} <= 1439`,
    ),
    check(
      'canteen_meals_cutoff_check',
      sql`${t.cutoffDayOffset} between -7 and 0 and ${t.cutoffMinute} between 0 and 1439`,
    ),
    check(
      'canteen_meals_price_check',
      sql`${t.priceStaffFen} >= 0 and ${t.priceGuestFen} >= 0 and ${t.priceWalkInFen} >= 0`,
    ),
  ],
);

/** A date the canteen is open or closed whatever the workday calendar says (duty day, closed for repairs). */
export const canteenDayOverrides = pgTable(
  'canteen_day_overrides',
  {
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    open: boolean('open').notNull(),
    reason: text('reason').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'canteen_day_overrides_pkey', columns: [t.canteenId, t.date] }),
    check('canteen_day_overrides_reason_check', sql`char_length(${t.reason}) between 1 and 100`),
  ],
);

export const canteenMenus = pgTable(
  'canteen_menus',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    publishedAt: at('published_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('canteen_menus_day_meal_key').on(t.canteenId, t.date, t.meal),
    check('canteen_menus_meal_check', mealCheck(t.meal)),
  ],
);

/** A dish of a menu; photo_file_id is a platform file attached to a menu ('canteen_menu'). */
export const canteenDishes = pgTable(
  'canteen_dishes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    menuId: uuid('menu_id')
      .notNull()
      .references(() => canteenMenus.id, { onDelete: 'cascade' }),
    sort: integer('sort').notNull(),
    name: text('name').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    photoFileId: uuid('photo_file_id'),
  },
  (t) => [
    index('canteen_dishes_menu_idx').on(t.menuId),
    index('canteen_dishes_photo_idx').on(t.photoFileId),
    check('canteen_dishes_name_check', sql`char_length(${t.name}) between 1 and 100`),
    check('canteen_dishes_tags_check', sql`${t.tags} <@ array['素食', '清真', '少盐', '辣']::text[]`),
  ],
);

/** One rating per dish and person; rating again replaces it. */
export const canteenDishRatings = pgTable(
  'canteen_dish_ratings',
  {
    dishId: uuid('dish_id')
      .notNull()
      .references(() => canteenDishes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    rating: smallint('rating').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'canteen_dish_ratings_pkey', columns: [t.dishId, t.userId] }),
    check('canteen_dish_ratings_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);

/**
 * One row per person, date and meal (the unique key: a double-tap or a race gives one row, and no
 * one eats one meal at two canteens). status 'cancelled' rows stay: they are a cancellation before
 * the cutoff, or, in an opt-out canteen, the 不吃 registration that keeps the nightly and cutoff
 * materialisation from booking the person (it inserts ON CONFLICT DO NOTHING). unit_id and
 * price_fen are copied at booking time so statements do not move when a person changes unit or a
 * price changes. Served exactly once: served_at is set by a conditional update.
 */
export const mealBookings = pgTable(
  'meal_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    status: text('status', { enum: ['booked', 'cancelled'] }).notNull(),
    kind: text('kind', { enum: ['regular', 'duty', 'overtime'] })
      .notNull()
      .default('regular'),
    /** who made the row: the diner, a unit_admin, 'auto' (opt-out) rows have null */
    bookedBy: uuid('booked_by').references(() => users.id),
    priceFen: integer('price_fen').notNull(),
    servedAt: at('served_at'),
    servedBy: uuid('served_by').references(() => users.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('meal_bookings_user_meal_key').on(t.userId, t.date, t.meal),
    index('meal_bookings_canteen_day_idx').on(t.canteenId, t.date, t.meal),
    index('meal_bookings_date_idx').on(t.date),
    check('meal_bookings_meal_check', mealCheck(t.meal)),
    check('meal_bookings_status_check', sql`${t.status} in ('booked', 'cancelled')`),
    check('meal_bookings_kind_check', sql`${t.kind} in ('regular', 'duty', 'overtime')`),
    check('meal_bookings_price_check', sql`${t.priceFen} >= 0`),
    check('meal_bookings_served_check', sql`${t.servedAt} is null or ${t.status} = 'booked'`),
  ],
);

/** Leave or a business trip: its meals were cancelled when it was registered. */
export const mealLeaves = pgTable(
  'meal_leaves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['leave', 'business_trip'] }).notNull(),
    cancelled: integer('cancelled').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('meal_leaves_user_idx').on(t.userId, t.fromDate),
    check('meal_leaves_range_check', sql`${t.fromDate} <= ${t.toDate}`),
    check('meal_leaves_kind_check', sql`${t.kind} in ('leave', 'business_trip')`),
  ],
);

/** 公务接待/会议用餐 ordered by a unit_admin, paid by paying_unit_id; above the threshold it waits for approval. */
export const guestMealOrders = pgTable(
  'guest_meal_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    guestCount: integer('guest_count').notNull(),
    reason: text('reason').notNull(),
    payingUnitId: uuid('paying_unit_id')
      .notNull()
      .references(() => units.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['pending', 'approved', 'rejected', 'cancelled'] }).notNull(),
    priceFen: integer('price_fen').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('guest_meal_orders_day_idx').on(t.canteenId, t.date, t.meal),
    index('guest_meal_orders_date_idx').on(t.date),
    check('guest_meal_orders_meal_check', mealCheck(t.meal)),
    check('guest_meal_orders_count_check', sql`${t.guestCount} between 1 and 500`),
    check(
      'guest_meal_orders_status_check',
      sql`${t.status} in ('pending', 'approved', 'rejected', 'cancelled')`,
    ),
    check('guest_meal_orders_price_check', sql`${t.priceFen} >= 0`),
  ],
);

/** A diner without a booking served at the counter, at the walk-in price (user known or not). */
export const mealWalkIns = pgTable(
  'meal_walk_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    priceFen: integer('price_fen').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('meal_walk_ins_day_idx').on(t.canteenId, t.date, t.meal),
    index('meal_walk_ins_date_idx').on(t.date),
    check('meal_walk_ins_meal_check', mealCheck(t.meal)),
    check('meal_walk_ins_price_check', sql`${t.priceFen} >= 0`),
  ],
);

/** The headcount locked at a meal's cutoff by the scheduler (the primary key: once). */
export const mealHeadcounts = pgTable(
  'meal_headcounts',
  {
    canteenId: uuid('canteen_id')
      .notNull()
      .references(() => canteens.id),
    date: date('date', { mode: 'string' }).notNull(),
    meal: text('meal', { enum: ['breakfast', 'lunch', 'dinner'] }).notNull(),
    staffCount: integer('staff_count').notNull(),
    guestCount: integer('guest_count').notNull(),
    /** [{unitId, unitName, count}] at the lock */
    byUnit: jsonb('by_unit').notNull(),
    lockedAt: at('locked_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'meal_headcounts_pkey', columns: [t.canteenId, t.date, t.meal] }),
    check('meal_headcounts_meal_check', mealCheck(t.meal)),
  ],
);
