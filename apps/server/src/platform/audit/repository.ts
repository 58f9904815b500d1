import { and, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../../domains/organisation/tables';
import { auditLog } from './tables';

/** What the console filters on; every field narrows the result (AND). */
export interface AuditFilter {
  actorId?: string;
  /** the actor's unit at the time of the action */
  unitId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** occurredAt ≥ from */
  from?: Date;
  /** occurredAt ≤ to */
  to?: Date;
}

export interface AuditRow {
  seq: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorUnitId: string | null;
  actorUnitName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
  chainIndex: number | null;
  hash: string | null;
}

const rowColumns = {
  seq: auditLog.seq,
  id: auditLog.id,
  occurredAt: auditLog.occurredAt,
  actorId: auditLog.actorId,
  actorName: auditLog.actorName,
  actorUnitId: auditLog.actorUnitId,
  actorUnitName: units.name,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  changes: auditLog.changes,
  ip: auditLog.ip,
  userAgent: auditLog.userAgent,
  chainIndex: auditLog.chainIndex,
  hash: auditLog.hash,
};

function whereOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.unitId ? eq(auditLog.actorUnitId, filter.unitId) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.occurredAt, filter.from) : undefined,
    filter.to ? lte(auditLog.occurredAt, filter.to) : undefined,
  );
}

/** Newest first; seq breaks ties between entries of the same millisecond. */
const newestFirst = [desc(auditLog.occurredAt), desc(auditLog.seq)];

export async function findAuditPage(
  db: Executor,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
): Promise<{ items: AuditRow[]; total: number }> {
  const where = whereOf(filter);
  const [totalRow] = await db.select({ n: count() }).from(auditLog).where(where);
  const items = await db
    .select(rowColumns)
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.actorUnitId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return { items, total: totalRow?.n ?? 0 };
}

export async function findAuditEntryById(db: Executor, id: string): Promise<AuditRow | undefined> {
  const [row] = await db
    .select(rowColumns)
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.actorUnitId))
    .where(eq(auditLog.id, id));
  return row;
}

/**
 * Every matching entry, newest first, fetched `batchSize` rows at a time with a keyset cursor on
 * (occurred_at, seq): an export of 100k rows never holds more than one batch, and rows written
 * while it runs do not shift the pages.
 */
export async function* streamAuditEntries(
  db: Executor,
  filter: AuditFilter,
  batchSize = 1_000,
): AsyncGenerator<AuditRow> {
  let cursor: { occurredAt: Date; seq: number } | undefined;
  for (;;) {
    const after = cursor
      ? sql`(${auditLog.occurredAt}, ${auditLog.seq}) < (${cursor.occurredAt.toISOString()}::timestamptz, ${cursor.seq})`
      : undefined;
    const rows = await db
      .select(rowColumns)
      .from(auditLog)
      .leftJoin(units, eq(units.id, auditLog.actorUnitId))
      .where(and(whereOf(filter), after))
      .orderBy(...newestFirst)
      .limit(batchSize);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    cursor = { occurredAt: last.occurredAt, seq: last.seq };
  }
}

/** Display names for a filter's actor and unit (for an export's title row). */
export async function findFilterNames(
  db: Executor,
  filter: Pick<AuditFilter, 'actorId' | 'unitId'>,
): Promise<{ actorName: string | null; unitName: string | null }> {
  let actorName: string | null = null;
  let unitName: string | null = null;
  if (filter.actorId) {
    const [user] = await db
      .select({ name: users.displayName })
      .from(users)
      .where(eq(users.id, filter.actorId));
    // a deleted user still has a name in the log
    const [logged] = user
      ? [{ name: user.name }]
      : await db
          .select({ name: auditLog.actorName })
          .from(auditLog)
          .where(eq(auditLog.actorId, filter.actorId))
          .limit(1);
    actorName = logged?.name ?? null;
  }
  if (filter.unitId) {
    const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, filter.unitId));
    unitName = unit?.name ?? null;
  }
  return { actorName, unitName };
}
