import type { Profile, UpdateProfileInput } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import { type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { knownRoles } from './user-accounts';
import { findUserById, findUserStateForUpdate, updateUserById } from './users-repository';

const localeOf = (value: string | null) => (value === 'zh-CN' || value === 'en' ? value : null);

/** The signed-in user's own profile (GET /api/me); the mobile only masked. */
export async function getProfile(ctx: AppContext, caller: Caller): Promise<Profile> {
  const actor = requireActor(caller);
  const row = await findUserById(ctx.db, { id: actor.id, scope: { kind: 'own', userId: actor.id } });
  if (!row) throw notFound('user');
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    unitName: row.unitName,
    roles: knownRoles(row.roles),
    locale: localeOf(row.locale),
    mustChangePassword: row.mustChangePassword,
    mobileMasked: row.mobileMasked,
    employeeCode: row.employeeCode,
  };
}

/** Changes the user's own settings (the UI language; null = follow the browser). */
export async function updateProfile(
  ctx: AppContext,
  caller: Caller,
  input: UpdateProfileInput,
): Promise<Profile> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  if (input.locale !== undefined) {
    const locale = input.locale;
    await ctx.db.transaction(async (tx) => {
      const state = await findUserStateForUpdate(tx, { id: actor.id });
      if (!state) throw notFound('user');
      if (localeOf(state.locale) === locale) return;
      await updateUserById(tx, { id: actor.id, set: { locale }, now });
      await recordAudit(
        tx,
        caller,
        {
          action: 'user.profile_updated',
          entityType: 'user',
          entityId: actor.id,
          before: { locale: localeOf(state.locale) },
          after: { locale },
        },
        now,
      );
    });
  }
  return getProfile(ctx, caller);
}
