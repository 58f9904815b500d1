import type { Role, Session } from '@houqin/contracts';
import { eq, sql } from 'drizzle-orm';
import { units, users } from '../../domains/organisation/tables';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Caller } from './actor';
import { burnVerifyTime, verifyPassword } from './password';
import { createSession } from './sessions';
import { loginIpFailures } from './tables';

const IP_WINDOW_MINUTES = 15;

export interface LoginResult {
  token: string;
  session: Session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sign in. Failures slow down (exponential delay after 3 per account), lock the account after
 * ACCOUNT_LOCK_THRESHOLD failures and the client address after IP_LOCK_THRESHOLD within 15 minutes.
 * Counters are updated with single conditional statements, so parallel guesses cannot skip the lock.
 */
export async function login(
  ctx: AppContext,
  caller: Caller,
  input: { username: string; password: string },
): Promise<LoginResult> {
  const now = ctx.clock.now();
  const ip = caller.ip ?? 'unknown';
  const [ipRow] = await ctx.db.select().from(loginIpFailures).where(eq(loginIpFailures.ip, ip));
  if (ipRow?.lockedUntil && ipRow.lockedUntil > now) {
    throw new AppError('IP_LOCKED', { lockedUntil: ipRow.lockedUntil.toISOString() });
  }

  const [user] = await ctx.db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      unitName: units.name,
      roles: users.roles,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      passwordHash: users.passwordHash,
      active: users.active,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(sql`lower(${users.username}) = lower(${input.username})`);

  if (!user) {
    await burnVerifyTime(input.password);
    await recordIpFailure(ctx, ip);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil.toISOString() });
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failure = await recordAccountFailure(ctx, caller, user.id);
    await recordIpFailure(ctx, ip);
    if (failure.lockedUntil && failure.lockedUntil > now) {
      throw new AppError('ACCOUNT_LOCKED', { lockedUntil: failure.lockedUntil.toISOString() });
    }
    if (failure.failures >= 3 && ctx.config.auth.slowdownBaseMs > 0) {
      await sleep(Math.min(ctx.config.auth.slowdownBaseMs * 2 ** (failure.failures - 3), 4_000));
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');

  const sessionUser = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    unitName: user.unitName,
    roles: user.roles as Role[],
    locale: user.locale === 'zh-CN' || user.locale === 'en' ? user.locale : null,
    mustChangePassword: user.mustChangePassword,
  } as const;
  const actorCaller: Caller = { ...caller, actor: sessionUser };
  const created = await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const s = await createSession(ctx, tx, user.id, caller);
    await recordAudit(tx, actorCaller, { action: 'auth.login', entityType: 'user', entityId: user.id }, now);
    return s;
  });
  return { token: created.token, session: { user: sessionUser, csrfToken: created.csrfToken } };
}

async function recordAccountFailure(ctx: AppContext, caller: Caller, userId: string) {
  const { lockThreshold, lockMinutes } = ctx.config.auth;
  const now = ctx.clock.now();
  const lockUntil = new Date(now.getTime() + lockMinutes * 60_000);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        failedLogins: sql`${users.failedLogins} + 1`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${lockThreshold} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, userId))
      .returning({ failures: users.failedLogins, lockedUntil: users.lockedUntil });
    const failures = row?.failures ?? 0;
    const lockedNow = failures === lockThreshold;
    await recordAudit(
      tx,
      caller,
      {
        action: lockedNow ? 'auth.account_locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: userId,
        before: { failedLogins: failures - 1 },
        after: { failedLogins: failures },
      },
      now,
    );
    if (failures >= lockThreshold) {
      // a lock resets the counter so the next window starts clean once the lock ends
      await tx.update(users).set({ failedLogins: 0 }).where(eq(users.id, userId));
    }
    return { failures, lockedUntil: row?.lockedUntil ?? null };
  });
}

async function recordIpFailure(ctx: AppContext, ip: string): Promise<void> {
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000);
  const lockUntil = new Date(now.getTime() + IP_WINDOW_MINUTES * 60_000);
  const threshold = ctx.config.auth.ipLockThreshold;
  await ctx.db
    .insert(loginIpFailures)
    // the first failure locks too when the threshold is 1
    .values({ ip, failures: 1, windowStartedAt: now, lockedUntil: threshold <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: loginIpFailures.ip,
      set: {
        failures: sql`case when ${loginIpFailures.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${loginIpFailures.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginIpFailures.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${loginIpFailures.windowStartedAt} end`,
        lockedUntil: sql`case when ${loginIpFailures.windowStartedAt} >= ${windowStart.toISOString()}::timestamptz and ${loginIpFailures.failures} + 1 >= ${threshold} then ${lockUntil.toISOString()}::timestamptz else ${loginIpFailures.lockedUntil} end`,
      },
    });
}
