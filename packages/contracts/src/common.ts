import { z } from 'zod';

export const idSchema = z.string().uuid();
export const idParamsSchema = z.strictObject({ id: idSchema });

/** Mainland China mobile number: 11 digits starting 13–19 (an optional +86/0086 prefix is stripped). */
export const mobileSchema = z
  .string()
  .trim()
  .regex(/^(?:(?:\+|00)86)?1[3-9]\d{9}$/)
  .transform((v) => v.slice(-11));

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

export const paginationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const okSchema = z.object({ ok: z.literal(true) });
