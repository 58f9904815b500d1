import type { ChangePasswordInput, Session } from '@houqin/contracts';
import { eq } from 'drizzle-orm';
import { users } from '../../domains/organisation/tables';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { type Caller, requireActor } from './actor';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password';
import { createSession, type ResolvedSession, revokeUserSessions } from './sessions';

/**
 * Changes the signed-in user's password. Every session of the user is revoked, the current one
 * included, and a fresh session (new cookie, new CSRF token) is issued to the caller.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  caller: Caller,
  current: ResolvedSession,
  input: ChangePasswordInput,
): Promise<{ token: string; session: Session }> {
  const actor = requireActor(caller);
  const [user] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('PASSWORD_INCORRECT', undefined, [
      { path: 'body.currentPassword', message: 'PASSWORD_INCORRECT' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, actor.username, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, actor.id));
    await revokeUserSessions(ctx, tx, actor.id);
    const s = await createSession(ctx, tx, actor.id, caller);
    await recordAudit(
      tx,
      caller,
      { action: 'user.password_changed', entityType: 'user', entityId: actor.id },
      now,
    );
    return s;
  });
  return {
    token: created.token,
    session: { user: { ...current.user, mustChangePassword: false }, csrfToken: created.csrfToken },
  };
}
