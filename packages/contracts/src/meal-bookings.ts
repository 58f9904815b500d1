import { z } from 'zod';
import {
  bookingModeSchema,
  hhmmSchema,
  mealBookingKindSchema,
  mealBookingStatusSchema,
  mealSchema,
  menuSchema,
} from './canteens';
import { idSchema, isoDateSchema } from './common';

/** 报餐: staff bookings, the week view, leave, duty meals for staff and guest meals. */

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
