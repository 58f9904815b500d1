import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** 食堂报餐: canteens, meal periods, open days, menus, bookings, the counter, the kitchen and statements. */

export const meals = ['breakfast', 'lunch', 'dinner'] as const;
export const mealSchema = z.enum(meals);
export type Meal = z.infer<typeof mealSchema>;
export const mealLabels: Record<Meal, string> = { breakfast: '早餐', lunch: '午餐', dinner: '晚餐' };

/** opt_in: book to eat; opt_out: everyone eligible is booked each open day unless they register 不吃 or leave. */
export const bookingModes = ['opt_in', 'opt_out'] as const;
export const bookingModeSchema = z.enum(bookingModes);
export type BookingMode = z.infer<typeof bookingModeSchema>;

export const dishTags = ['素食', '清真', '少盐', '辣'] as const;
export const dishTagSchema = z.enum(dishTags);
export type DishTag = z.infer<typeof dishTagSchema>;

/** self: the diner; duty/overtime: 值班餐/加班餐 booked by a unit_admin; auto: opt-out default. */
export const mealBookingKinds = ['regular', 'duty', 'overtime'] as const;
export const mealBookingKindSchema = z.enum(mealBookingKinds);
export type MealBookingKind = z.infer<typeof mealBookingKindSchema>;

export const mealBookingStatuses = ['booked', 'cancelled'] as const;
export const mealBookingStatusSchema = z.enum(mealBookingStatuses);

/** Money is integer fen (分) everywhere: ¥12.50 = 1250. */
const fenSchema = z.number().int().min(0).max(1_000_000);
/** Minutes after midnight in the deployment zone, 0–1439. */
const minuteSchema = z.number().int().min(0).max(1439);
const nameSchema = z.string().trim().min(1).max(100);

/** "HH:MM" for a minute of the day. */
export const hhmmSchema = z.string().regex(/^\d{2}:\d{2}$/);

export const mealPeriodSchema = z.object({
  meal: mealSchema,
  /** serving window, minutes after midnight */
  servesFromMinute: minuteSchema,
  servesToMinute: minuteSchema,
  /** cutoff: `cutoffDayOffset` days from the meal's date (0 same day, -1 the day before) at `cutoffMinute` */
  cutoffDayOffset: z.number().int().min(-7).max(0),
  cutoffMinute: minuteSchema,
  priceStaffFen: fenSchema,
  priceGuestFen: fenSchema,
  priceWalkInFen: fenSchema,
});
export type MealPeriod = z.infer<typeof mealPeriodSchema>;

const mealPeriodInputSchema = z
  .strictObject(mealPeriodSchema.shape)
  .refine((m) => m.servesFromMinute < m.servesToMinute, {
    message: 'servesFromMinute must be before servesToMinute',
    path: ['servesToMinute'],
  });

export const canteenSchema = z.object({
  id: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  bookingMode: bookingModeSchema,
  /** true: every unit's staff may eat here; false: only `unitIds` */
  servesAll: z.boolean(),
  unitIds: z.array(z.string()),
  /** guest orders with more guests than this wait for a logistics_admin's approval */
  guestApprovalThreshold: z.number().int(),
  active: z.boolean(),
  meals: z.array(mealPeriodSchema),
  /** may the caller book here (their unit is served) */
  eligible: z.boolean(),
});
export type Canteen = z.infer<typeof canteenSchema>;
export const canteenListSchema = z.object({ items: z.array(canteenSchema) });
export type CanteenList = z.infer<typeof canteenListSchema>;

const uniqueMeals = (list: { meal: Meal }[]) => new Set(list.map((m) => m.meal)).size === list.length;

export const createCanteenInputSchema = z.strictObject({
  name: nameSchema,
  location: z.string().trim().max(200).nullable().default(null),
  bookingMode: bookingModeSchema,
  servesAll: z.boolean().default(true),
  unitIds: z.array(idSchema).max(500).default([]),
  guestApprovalThreshold: z.number().int().min(0).max(10_000).default(10),
  meals: z
    .array(mealPeriodInputSchema)
    .min(1)
    .max(3)
    .refine(uniqueMeals, { message: 'a meal appears twice' }),
});
export type CreateCanteenInput = z.infer<typeof createCanteenInputSchema>;

export const updateCanteenInputSchema = z.strictObject({
  name: nameSchema.optional(),
  location: z.string().trim().max(200).nullable().optional(),
  bookingMode: bookingModeSchema.optional(),
  servesAll: z.boolean().optional(),
  unitIds: z.array(idSchema).max(500).optional(),
  guestApprovalThreshold: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
  meals: z
    .array(mealPeriodInputSchema)
    .min(1)
    .max(3)
    .refine(uniqueMeals, { message: 'a meal appears twice' })
    .optional(),
});
export type UpdateCanteenInput = z.infer<typeof updateCanteenInputSchema>;

/** A date range query; at most MAX_CANTEEN_RANGE_DAYS days (from and to inclusive). */
export const MAX_CANTEEN_RANGE_DAYS = 62;
export const dateRangeQuerySchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export type DateRangeQuery = z.infer<typeof dateRangeQuerySchema>;

export const canteenDaySchema = z.object({
  date: z.string(),
  open: z.boolean(),
  /** why: the override's reason, or the calendar's name of the day (国庆节, 调休上班) */
  reason: z.string().optional(),
  /** the canteen set this day by hand (otherwise the workday calendar decides) */
  override: z.boolean(),
});
export type CanteenDay = z.infer<typeof canteenDaySchema>;
export const canteenDaysSchema = z.array(canteenDaySchema);

export const canteenDateParamsSchema = z.strictObject({ id: idSchema, date: isoDateSchema });
export const setCanteenDayInputSchema = z.strictObject({
  open: z.boolean(),
  reason: z.string().trim().min(1).max(100),
});
export type SetCanteenDayInput = z.infer<typeof setCanteenDayInputSchema>;

// ---- menus ----

export const dishSchema = z.object({
  id: z.string(),
  name: z.string(),
  tags: z.array(dishTagSchema),
  photoFileId: z.string().nullable(),
  /** average rating 1–5 (null before the first rating) */
  rating: z.number().nullable(),
  ratingCount: z.number().int(),
  myRating: z.number().int().nullable(),
});
export type Dish = z.infer<typeof dishSchema>;

export const menuSchema = z.object({
  id: z.string(),
  canteenId: z.string(),
  date: z.string(),
  meal: mealSchema,
  publishedAt: z.string().nullable(),
  dishes: z.array(dishSchema),
});
export type Menu = z.infer<typeof menuSchema>;
export const menuListSchema = z.object({ items: z.array(menuSchema) });
export type MenuList = z.infer<typeof menuListSchema>;

export const menuParamsSchema = z.strictObject({ id: idSchema, date: isoDateSchema, meal: mealSchema });
export const saveMenuInputSchema = z.strictObject({
  dishes: z
    .array(
      z.strictObject({
        name: nameSchema,
        tags: z.array(dishTagSchema).max(4).default([]),
        /** an uploaded image (POST /api/files) */
        photoFileId: idSchema.nullable().default(null),
      }),
    )
    .max(40),
});
export type SaveMenuInput = z.infer<typeof saveMenuInputSchema>;

export const copyWeekInputSchema = z.strictObject({
  /** any date of the target week (Monday–Sunday); the week before it is copied into days without a menu */
  weekOf: isoDateSchema,
});
export type CopyWeekInput = z.infer<typeof copyWeekInputSchema>;
export const copyWeekResultSchema = z.object({ copied: z.number().int(), skipped: z.number().int() });
export type CopyWeekResult = z.infer<typeof copyWeekResultSchema>;

export const rateDishInputSchema = z.strictObject({ rating: z.number().int().min(1).max(5) });
export type RateDishInput = z.infer<typeof rateDishInputSchema>;

// ---- bookings ----

export const mealBookingSchema = z.object({
  id: z.string(),
  canteenId: z.string(),
  userId: z.string(),
  date: z.string(),
  meal: mealSchema,
  status: mealBookingStatusSchema,
  kind: mealBookingKindSchema,
  priceFen: z.number().int(),
  servedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type MealBooking = z.infer<typeof mealBookingSchema>;
export const mealBookingListSchema = z.object({ items: z.array(mealBookingSchema) });
export type MealBookingList = z.infer<typeof mealBookingListSchema>;

export const bookMealInputSchema = z.strictObject({
  canteenId: idSchema,
  date: isoDateSchema,
  meal: mealSchema,
});
export type BookMealInput = z.infer<typeof bookMealInputSchema>;

export const bookWeekInputSchema = z.strictObject({
  canteenId: idSchema,
  /** any date of the week (Monday–Sunday) */
  weekOf: isoDateSchema,
  meals: z.array(mealSchema).min(1).max(3),
});
export type BookWeekInput = z.infer<typeof bookWeekInputSchema>;

/** Why one meal of a week action was left as it was. */
export const weekSkipReasons = ['closed', 'cutoff_passed', 'not_served', 'booked_elsewhere'] as const;
export const bookWeekResultSchema = z.object({
  changed: z.number().int(),
  skipped: z.array(z.object({ date: z.string(), meal: mealSchema, reason: z.enum(weekSkipReasons) })),
});
export type BookWeekResult = z.infer<typeof bookWeekResultSchema>;

export const listMealBookingsQuerySchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  /** someone else's bookings: a unit_admin for their unit, logistics_admin/canteen_staff/auditor for anyone */
  userId: idSchema.optional(),
});
export type ListMealBookingsQuery = z.infer<typeof listMealBookingsQuerySchema>;

export const weekQuerySchema = z.strictObject({ weekOf: isoDateSchema });
export const weekMealSchema = z.object({
  meal: mealSchema,
  servesFrom: hhmmSchema,
  servesTo: hhmmSchema,
  priceFen: z.number().int(),
  cutoffAt: z.string(),
  /** open and before the cutoff */
  changeable: z.boolean(),
  booked: z.boolean(),
  kind: mealBookingKindSchema.nullable(),
  served: z.boolean(),
  menu: menuSchema.nullable(),
});
export const weekDaySchema = z.object({
  date: z.string(),
  open: z.boolean(),
  reason: z.string().optional(),
  meals: z.array(weekMealSchema),
});
export const weekViewSchema = z.object({
  canteenId: z.string(),
  bookingMode: bookingModeSchema,
  weekStart: z.string(),
  now: z.string(),
  days: z.array(weekDaySchema),
});
export type WeekView = z.infer<typeof weekViewSchema>;

export const leaveKinds = ['leave', 'business_trip'] as const;
export const registerLeaveInputSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  kind: z.enum(leaveKinds),
});
export type RegisterLeaveInput = z.infer<typeof registerLeaveInputSchema>;
export const mealLeaveSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(leaveKinds),
  /** meals cancelled (or, in an opt-out canteen, registered as not eaten) */
  cancelled: z.number().int(),
});
export type MealLeave = z.infer<typeof mealLeaveSchema>;

export const bookForStaffInputSchema = z.strictObject({
  canteenId: idSchema,
  date: isoDateSchema,
  meal: mealSchema,
  kind: z.enum(['duty', 'overtime']),
  userIds: z.array(idSchema).min(1).max(200),
});
export type BookForStaffInput = z.infer<typeof bookForStaffInputSchema>;

// ---- guest meals ----

export const guestMealStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const guestMealSchema = z.object({
  id: z.string(),
  canteenId: z.string(),
  date: z.string(),
  meal: mealSchema,
  guestCount: z.number().int(),
  reason: z.string(),
  payingUnitId: z.string(),
  payingUnitName: z.string(),
  requestedById: z.string(),
  status: z.enum(guestMealStatuses),
  priceFen: z.number().int(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type GuestMeal = z.infer<typeof guestMealSchema>;
export const guestMealListSchema = z.object({ items: z.array(guestMealSchema) });
export const orderGuestMealInputSchema = z.strictObject({
  canteenId: idSchema,
  date: isoDateSchema,
  meal: mealSchema,
  guestCount: z.number().int().min(1).max(500),
  reason: z.string().trim().min(1).max(200),
  /** defaults to the ordering unit_admin's unit */
  payingUnitId: idSchema.optional(),
});
export type OrderGuestMealInput = z.infer<typeof orderGuestMealInputSchema>;
export const listGuestMealsQuerySchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  status: z.enum(guestMealStatuses).optional(),
});
export type ListGuestMealsQuery = z.infer<typeof listGuestMealsQuerySchema>;

// ---- dining pass and counter ----

/** The phone refetches every `refreshAfterSeconds`; the token dies `expiresAt` (a screenshot is useless after). */
export const mealPassSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  /** short typable alternative (8 characters), single use, same lifetime */
  code: z.string(),
  refreshAfterSeconds: z.number().int(),
});
export type MealPass = z.infer<typeof mealPassSchema>;

export const verifyPassInputSchema = z
  .strictObject({
    canteenId: idSchema,
    meal: mealSchema,
    token: z.string().min(1).max(2000).optional(),
    code: z.string().min(1).max(20).optional(),
  })
  .refine((v) => (v.token === undefined) !== (v.code === undefined), {
    message: 'send either token or code',
    path: ['token'],
  });
export type VerifyPassInput = z.infer<typeof verifyPassInputSchema>;

export const verifyRedReasons = [
  'not_booked',
  'already_served',
  'other_canteen',
  'expired',
  'invalid',
] as const;
export type VerifyRedReason = (typeof verifyRedReasons)[number];
export const dinerSchema = z.object({ userId: z.string(), displayName: z.string(), unitName: z.string() });
export const verifyResultSchema = z.object({
  result: z.enum(['green', 'red']),
  reason: z.enum(verifyRedReasons).optional(),
  diner: dinerSchema.optional(),
  bookingId: z.string().optional(),
  kind: mealBookingKindSchema.optional(),
  servedAt: z.string().optional(),
  /** red other_canteen: where the diner booked */
  bookedCanteenName: z.string().optional(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

export const recordWalkInInputSchema = z.strictObject({
  canteenId: idSchema,
  meal: mealSchema,
  /** the diner when known (e.g. from a red scan); anonymous walk-ins pay at the counter */
  userId: idSchema.optional(),
});
export type RecordWalkInInput = z.infer<typeof recordWalkInInputSchema>;
export const walkInSchema = z.object({
  id: z.string(),
  canteenId: z.string(),
  date: z.string(),
  meal: mealSchema,
  userId: z.string().nullable(),
  priceFen: z.number().int(),
  createdAt: z.string(),
});
export type WalkIn = z.infer<typeof walkInSchema>;

// ---- kitchen ----

export const kitchenQuerySchema = z.strictObject({ date: isoDateSchema.optional() });
export const unitCountSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  booked: z.number().int(),
  served: z.number().int(),
});
export const headcountSnapshotSchema = z.object({
  lockedAt: z.string(),
  staff: z.number().int(),
  guests: z.number().int(),
  total: z.number().int(),
  byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), count: z.number().int() })),
});
export type HeadcountSnapshot = z.infer<typeof headcountSnapshotSchema>;
export const kitchenMealSchema = z.object({
  meal: mealSchema,
  cutoffAt: z.string(),
  booked: z.number().int(),
  served: z.number().int(),
  remaining: z.number().int(),
  guests: z.number().int(),
  walkIns: z.number().int(),
  byUnit: z.array(unitCountSchema),
  /** the count locked at cutoff (null before) */
  locked: headcountSnapshotSchema.nullable(),
});
export const kitchenViewSchema = z.object({
  canteenId: z.string(),
  date: z.string(),
  open: z.boolean(),
  meals: z.array(kitchenMealSchema),
});
export type KitchenView = z.infer<typeof kitchenViewSchema>;

export const headcountQuerySchema = z.strictObject({ date: isoDateSchema, meal: mealSchema });
export const headcountSheetSchema = z.object({
  canteenId: z.string(),
  canteenName: z.string(),
  date: z.string(),
  meal: mealSchema,
  snapshot: headcountSnapshotSchema,
  guestOrders: z.array(
    z.object({ payingUnitName: z.string(), guestCount: z.number().int(), reason: z.string() }),
  ),
});
export type HeadcountSheet = z.infer<typeof headcountSheetSchema>;

// ---- statistics and statements ----

export const canteenStatsQuerySchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  canteenId: idSchema.optional(),
});
export type CanteenStatsQuery = z.infer<typeof canteenStatsQuerySchema>;
const rateSchema = z.number().min(0).max(1);
export const canteenStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object({
    booked: z.number().int(),
    served: z.number().int(),
    noShows: z.number().int(),
    noShowRate: rateSchema,
    walkIns: z.number().int(),
    guests: z.number().int(),
    estimatedWasted: z.number().int(),
  }),
  byMeal: z.array(
    z.object({
      meal: mealSchema,
      booked: z.number().int(),
      served: z.number().int(),
      noShows: z.number().int(),
      walkIns: z.number().int(),
      guests: z.number().int(),
      /** cooked (the locked headcount, else booked + guests) − eaten (served + guests + walk-ins), at least 0 */
      estimatedWasted: z.number().int(),
    }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      booked: z.number().int(),
      served: z.number().int(),
      noShows: z.number().int(),
      noShowRate: rateSchema,
    }),
  ),
  /** people with at least one no-show, most first (at most 100) */
  byPerson: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      unitName: z.string(),
      booked: z.number().int(),
      noShows: z.number().int(),
      noShowRate: rateSchema,
    }),
  ),
  trend: z.array(
    z.object({
      date: z.string(),
      booked: z.number().int(),
      served: z.number().int(),
      noShows: z.number().int(),
      walkIns: z.number().int(),
    }),
  ),
});
export type CanteenStats = z.infer<typeof canteenStatsSchema>;

export const statementQuerySchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  canteenId: idSchema.optional(),
});
export type StatementQuery = z.infer<typeof statementQuerySchema>;
export const personStatementSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  meals: z.number().int(),
  mealsFen: z.number().int(),
  walkIns: z.number().int(),
  walkInsFen: z.number().int(),
  totalFen: z.number().int(),
});
export const unitStatementSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  staffMeals: z.number().int(),
  staffFen: z.number().int(),
  guestMeals: z.number().int(),
  guestFen: z.number().int(),
  totalFen: z.number().int(),
});
export const statementSchema = z.object({
  month: z.string(),
  people: z.array(personStatementSchema),
  units: z.array(unitStatementSchema),
  totalFen: z.number().int(),
});
export type Statement = z.infer<typeof statementSchema>;
