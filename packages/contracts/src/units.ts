import { z } from 'zod';

export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  code: z.string(),
  sortOrder: z.number().int(),
  userCount: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitListSchema = z.object({ items: z.array(unitSchema) });

/** A unit in pickers (GET /api/units): no counts, no tree links; the list comes in the tree's order. */
export const unitSummarySchema = z.object({ id: z.string(), name: z.string(), code: z.string() });
export type UnitSummary = z.infer<typeof unitSummarySchema>;
export const unitSummaryListSchema = z.object({ items: z.array(unitSummarySchema) });
export type UnitSummaryList = z.infer<typeof unitSummaryListSchema>;

const unitNameSchema = z.string().trim().min(1).max(100);
const unitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/);
const sortOrderSchema = z.number().int().min(0).max(100_000);

export const createUnitInputSchema = z.strictObject({
  name: unitNameSchema,
  code: unitCodeSchema,
  parentId: z.string().uuid().nullable(),
  sortOrder: sortOrderSchema.default(0),
});
export type CreateUnitInput = z.infer<typeof createUnitInputSchema>;

/** Only the fields sent change (no defaults here: a rename must not reset the order). */
export const updateUnitInputSchema = z.strictObject({
  name: unitNameSchema.optional(),
  code: unitCodeSchema.optional(),
  parentId: z.string().uuid().nullable().optional(),
  sortOrder: sortOrderSchema.optional(),
});
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;
