import { z } from 'zod';
import { mealSchema } from './canteens';
import { idSchema, isoDateSchema } from './common';

/** 报餐统计 and 月度结算: no-shows, waste, trends and monthly statements. */

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
