import {
  type AuditEntry,
  type AuditVerifyResult,
  auditChangeSchema,
  type ListAuditQuery,
} from '@houqin/contracts';
import { type Actor, type Caller, requireRole } from '../auth/actor';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import type { ExcelExport } from '../excel';
import { auditColumns, auditTitle, formatZoned } from './export-sheet';
import { recordAudit } from './record';
import {
  type AuditFilter,
  type AuditRow,
  findAuditEntryById,
  findAuditPage,
  findFilterNames,
  streamAuditEntries,
} from './repository';
import { verifyAuditChain } from './verify';

// ---- policy -------------------------------------------------------------------------------

/**
 * Who reads the audit log: auditors and logistics administrators, nobody else (not even a
 * sysadmin: the people who run the system do not review their own traces). Anonymous → 401.
 */
export function assertCanReadAudit(caller: Caller): Actor {
  return requireRole(caller, 'auditor', 'logistics_admin');
}

// ---- service ------------------------------------------------------------------------------

function filterOf(query: Omit<ListAuditQuery, 'page' | 'pageSize'>): AuditFilter {
  return {
    actorId: query.actorId,
    unitId: query.unitId,
    entityType: query.entityType,
    entityId: query.entityId,
    action: query.action,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

/** A hand-edited `changes` that no longer has the {field: {before, after}} shape is shown as it is. */
function changesOf(raw: unknown): AuditEntry['changes'] {
  if (raw === null || raw === undefined) return null;
  const parsed = auditChangeSchema.safeParse(raw);
  return parsed.success ? parsed.data : { '(unreadable)': { before: null, after: raw } };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorUnitId: row.actorUnitId,
    actorUnitName: row.actorUnitName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: changesOf(row.changes),
    ip: row.ip,
    userAgent: row.userAgent,
    sealed: row.chainIndex !== null,
    hash: row.hash,
  };
}

export async function listAuditEntries(
  ctx: AppContext,
  caller: Caller,
  query: ListAuditQuery,
): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
  assertCanReadAudit(caller);
  const { page, pageSize, ...filters } = query;
  const result = await findAuditPage(ctx.db, filterOf(filters), { page, pageSize });
  return { items: result.items.map(toAuditEntry), total: result.total, page, pageSize };
}

export async function getAuditEntry(ctx: AppContext, caller: Caller, id: string): Promise<AuditEntry> {
  assertCanReadAudit(caller);
  const row = await findAuditEntryById(ctx.db, id);
  if (!row) throw notFound('audit_entry');
  return toAuditEntry(row);
}

/**
 * The .xlsx twin of the list: same filters, every matching row (streamed from the database in
 * batches). Exporting the log is itself recorded, with the filters used.
 */
export async function exportAuditEntries(
  ctx: AppContext,
  caller: Caller,
  query: Omit<ListAuditQuery, 'page' | 'pageSize'>,
): Promise<ExcelExport<AuditRow>> {
  assertCanReadAudit(caller);
  const filter = filterOf(query);
  const now = ctx.clock.now();
  const { timeZone } = ctx.config;
  const names = await findFilterNames(ctx.db, filter);
  await recordAudit(
    ctx.db,
    caller,
    { action: 'audit.exported', entityType: 'audit_log', after: { ...query } },
    now,
  );
  const stamp = formatZoned(now, timeZone).replace(/[-: ]/g, '');
  return {
    filename: `审计日志-${stamp}.xlsx`,
    sheetName: '审计日志',
    title: auditTitle(filter, names, timeZone, now),
    columns: auditColumns(timeZone),
    rows: streamAuditEntries(ctx.db, filter),
  };
}

export async function verifyAuditLog(ctx: AppContext, caller: Caller): Promise<AuditVerifyResult> {
  assertCanReadAudit(caller);
  return verifyAuditChain(ctx.db);
}
