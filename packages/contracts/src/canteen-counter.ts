import { z } from 'zod';
import { mealBookingKindSchema, mealSchema } from './canteens';
import { idSchema, isoDateSchema } from './common';

/** 就餐: the dining pass, the counter's verification and walk-ins, the kitchen's counts and the locked headcount. */

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
