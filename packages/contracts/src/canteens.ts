import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** 食堂报餐: canteens, meal periods, open days and menus (bookings, counter and statistics in their own files). */

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
