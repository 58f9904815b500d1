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

export const createUnitInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/),
  parentId: z.string().uuid().nullable(),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
});
export type CreateUnitInput = z.infer<typeof createUnitInputSchema>;

export const updateUnitInputSchema = createUnitInputSchema.partial();
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;
