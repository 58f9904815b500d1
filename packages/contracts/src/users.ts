import { z } from 'zod';
import { mobileSchema, pageOf } from './common';
import { roleSchema } from './roles';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** masked, e.g. 138****5678 */
  mobileMasked: z.string().nullable(),
  employeeCode: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userPageSchema = pageOf(userSchema);

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/);

export const createUserInputSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(50),
  mobile: mobileSchema.nullable().optional(),
  employeeCode: z.string().trim().min(1).max(32).nullable().optional(),
  unitId: z.string().uuid(),
  roles: z.array(roleSchema).min(1).max(10),
  /** initial password; the user must change it at first login */
  password: z.string().min(1).max(256),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(50).optional(),
  mobile: mobileSchema.nullable().optional(),
  employeeCode: z.string().trim().min(1).max(32).nullable().optional(),
  unitId: z.string().uuid().optional(),
  roles: z.array(roleSchema).min(1).max(10).optional(),
  active: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const resetPasswordInputSchema = z.strictObject({ password: z.string().min(1).max(256) });
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

export const listUsersQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(64).optional(),
  unitId: z.string().uuid().optional(),
  role: roleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

/** One row of a user import (.xlsx/.csv). Column headers: 用户名 姓名 手机 工号 单位编码 角色 初始密码 */
export const importReportSchema = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

// ---- people directory: every signed-in user finds colleagues (attendee pickers); no mobiles ----

export const MAX_PEOPLE_RESULTS = 20;
export const peopleQuerySchema = z.strictObject({
  /** part of a name or username; empty = colleagues of the caller's own unit */
  q: z.string().trim().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PEOPLE_RESULTS).default(MAX_PEOPLE_RESULTS),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;
export const personSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  unitName: z.string(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;
export const personSummaryListSchema = z.object({ items: z.array(personSummarySchema) });
export type PersonSummaryList = z.infer<typeof personSummaryListSchema>;
