import { z } from 'zod';
import { roleSchema } from './roles';

export const PASSWORD_MIN_LENGTH = 10;

export const loginInputSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  roles: z.array(roleSchema),
  /** the user's chosen UI language; null = follow the browser */
  locale: z.enum(['zh-CN', 'en']).nullable(),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type Session = z.infer<typeof sessionSchema>;

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const updateProfileInputSchema = z.strictObject({
  locale: z.enum(['zh-CN', 'en']).nullable().optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInputSchema>;

/** Profile of the signed-in user (GET /api/me): the mobile is masked. */
export const profileSchema = sessionUserSchema.extend({
  mobileMasked: z.string().nullable(),
  employeeCode: z.string().nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
