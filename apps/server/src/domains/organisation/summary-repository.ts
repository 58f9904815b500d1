import { and, count, eq, gt, gte, isNull, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../platform/audit/tables';
import type { Scope } from '../../platform/auth/actor';
import { sessions } from '../../platform/auth/tables';
import { units, users } from './tables';

export interface SummaryWindow {
  now: Date;
  /** sessions last seen before this are idle-expired */
  idleCutoff: Date;
  /** [dayStart, dayEnd): today in the deployment zone */
  dayStart: Date;
  dayEnd: Date;
}

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row?.n ?? 0;
}

/**
 * The console home's figures, each one count query. A unit scope narrows every figure to the
 * unit: its users, their sessions, and audit entries by actors of that unit.
 */
export async function countConsoleSummary(db: Executor, params: { scope: Scope; window: SummaryWindow }) {
  const { scope, window: w } = params;
  const unitId = scope.kind === 'unit' ? scope.unitId : undefined;
  const userScope: SQL | undefined = unitId ? eq(users.unitId, unitId) : undefined;
  const auditScope: SQL | undefined = unitId ? eq(auditLog.actorUnitId, unitId) : undefined;
  const today = and(gte(auditLog.occurredAt, w.dayStart), lt(auditLog.occurredAt, w.dayEnd));

  const [unitCount, userCount, activeUsers, activeSessions, auditToday, unsealed, loginsToday] =
    await Promise.all([
      countOf(
        db
          .select({ n: count() })
          .from(units)
          .where(unitId ? eq(units.id, unitId) : undefined),
      ),
      countOf(db.select({ n: count() }).from(users).where(userScope)),
      countOf(
        db
          .select({ n: count() })
          .from(users)
          .where(and(userScope, eq(users.active, true))),
      ),
      countOf(
        db
          .select({ n: count() })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .where(
            and(
              userScope,
              isNull(sessions.revokedAt),
              gt(sessions.expiresAt, w.now),
              gt(sessions.lastSeenAt, w.idleCutoff),
              eq(users.active, true),
            ),
          ),
      ),
      countOf(db.select({ n: count() }).from(auditLog).where(and(auditScope, today))),
      countOf(
        db
          .select({ n: count() })
          .from(auditLog)
          .where(and(auditScope, isNull(auditLog.chainIndex))),
      ),
      countOf(
        db
          .select({ n: count() })
          .from(auditLog)
          .where(and(auditScope, today, eq(auditLog.action, 'auth.login'))),
      ),
    ]);
  return {
    units: unitCount,
    users: userCount,
    activeUsers,
    activeSessions,
    auditEntriesToday: auditToday,
    auditUnsealed: unsealed,
    loginsToday,
  };
}
