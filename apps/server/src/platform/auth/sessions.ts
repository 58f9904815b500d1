import type { Role, SessionUser } from '@houqin/contracts';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { commitWithoutFlushWait, type Database, type Executor } from '../../db/client';
import { units, users } from '../../domains/organisation/tables';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { randomToken, sha256Hex } from '../crypto';
import type { Caller } from './actor';
import { sessions } from './tables';

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  user: SessionUser;
}

/** Only the SHA-256 of the cookie token is stored: a database leak does not leak live sessions. */
export const sessionIdOf = (token: string) => sha256Hex(token);

export async function createSession(
  ctx: AppContext,
  tx: Executor,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = ctx.clock.now();
  await tx.insert(sessions).values({
    id: sessionIdOf(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

const resolveQuery = (db: Database) =>
  db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      unitName: units.name,
      roles: users.roles,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        gt(sessions.lastSeenAt, sql.placeholder('idleCutoff')),
        eq(users.active, true),
      ),
    )
    .prepare('resolve_session');

/** Prepared once per database: every authenticated request runs it, so it is not rebuilt each time. */
const resolveQueries = new WeakMap<Database, ReturnType<typeof resolveQuery>>();

/**
 * One query: the session with its user and unit. Expired (idle or absolute), revoked sessions and
 * deactivated users resolve to undefined. last_seen_at is refreshed at most once a minute.
 */
export async function resolveSession(ctx: AppContext, token: string): Promise<ResolvedSession | undefined> {
  const id = sessionIdOf(token);
  const now = ctx.clock.now();
  const idleCutoff = new Date(now.getTime() - ctx.config.session.idleMinutes * 60_000);
  let query = resolveQueries.get(ctx.db);
  if (!query) {
    query = resolveQuery(ctx.db);
    resolveQueries.set(ctx.db, query);
  }
  const [row] = await query.execute({ id, now, idleCutoff });
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await ctx.db.transaction(async (tx) => {
      await commitWithoutFlushWait(tx);
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    });
  }
  return {
    sessionId: id,
    csrfToken: row.csrfToken,
    user: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      unitId: row.unitId,
      unitName: row.unitName,
      roles: row.roles as Role[],
      locale: row.locale === 'zh-CN' || row.locale === 'en' ? row.locale : null,
      mustChangePassword: row.mustChangePassword,
    },
  };
}

export async function revokeSession(ctx: AppContext, tx: Executor, sessionId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Signs out: revokes the caller's session and records it, in one transaction. */
export async function endSession(ctx: AppContext, caller: Caller, session: ResolvedSession): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await revokeSession(ctx, tx, session.sessionId);
    await recordAudit(
      tx,
      caller,
      { action: 'auth.logout', entityType: 'user', entityId: session.user.id },
      now,
    );
  });
}

/** Revokes every live session of a user, optionally keeping one (the caller's own). */
export async function revokeUserSessions(
  ctx: AppContext,
  tx: Executor,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
  await tx
    .update(sessions)
    .set({ revokedAt: ctx.clock.now() })
    .where(and(...conditions));
}
