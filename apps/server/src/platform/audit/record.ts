import { type Subquery, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { Caller } from '../auth/actor';
import { auditLog } from './tables';

/** Fields that never reach the audit log in clear. */
const secretKeys = new Set([
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'mobile',
  'mobileEnc',
  'idNumber',
  'idNumberEnc',
  'token',
  'csrfToken',
  'secret',
]);

export type AuditValues = Record<string, unknown>;
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** the record before the change (omit for creation) */
  before?: AuditValues | null;
  /** the record after the change (omit for deletion) */
  after?: AuditValues | null;
}

/** Dates as ISO text, undefined as null, and secret fields at any depth replaced by a marker. */
function normalize(value: unknown, depth = 0): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object' || depth > 20) return value;
  if (Array.isArray(value)) return value.map((v) => normalize(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = secretKeys.has(key) ? redacted(normalize(v, depth + 1)) : normalize(v, depth + 1);
  }
  return out;
}

const redacted = (value: unknown) => (value === null ? null : '[redacted]');

/** Field-by-field diff of before/after; secret fields (at any depth) show only that they changed. */
export function diffForAudit(before: AuditValues | null | undefined, after: AuditValues | null | undefined) {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = normalize(before?.[key]);
    const a = normalize(after?.[key]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[key] = secretKeys.has(key)
      ? { before: redacted(b), after: redacted(a) }
      : { before: b, after: a };
  }
  return changes;
}

/** The audit_log row of an entry: the caller, the field-by-field changes (secrets redacted). */
function auditRow(caller: Caller, input: AuditInput, now: Date): typeof auditLog.$inferInsert {
  const changes = diffForAudit(input.before, input.after);
  return {
    occurredAt: now,
    actorId: caller.actor?.id ?? null,
    actorName: caller.actor?.displayName ?? null,
    actorUnitId: caller.actor?.unitId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    changes: Object.keys(changes).length > 0 ? changes : null,
    ip: caller.ip,
    userAgent: caller.userAgent ? caller.userAgent.slice(0, 300) : null,
  };
}

/**
 * Writes one audit entry in the caller's transaction, unsealed: the sealer chains it after commit.
 * Call it inside the same transaction as the change, so a rolled-back change leaves no entry.
 */
export async function recordAudit(
  tx: Executor,
  caller: Caller,
  input: AuditInput,
  now = new Date(),
): Promise<void> {
  await tx.insert(auditLog).values(auditRow(caller, input, now));
}

/**
 * For a change made by one statement: a CTE that writes the audit entry of each row the `written`
 * CTE returns (its `id` becomes the entity id), so the change and its entry commit together in one
 * round trip, without an explicit transaction:
 * `db.with(written, auditOfWritten(db, written, caller, entry)).select().from(written)`.
 * No row written, no entry.
 */
export function auditOfWritten(
  db: Executor,
  written: Subquery & { id: AnyPgColumn },
  caller: Caller,
  input: Omit<AuditInput, 'entityId'>,
  now = new Date(),
) {
  const row = auditRow(caller, input, now);
  return db.$with('audited', {}).as(sql`insert into ${auditLog}
      (occurred_at, actor_id, actor_name, actor_unit_id, action, entity_type, entity_id, changes, ip, user_agent)
    select ${now.toISOString()}::timestamptz, ${row.actorId}::uuid, ${row.actorName}, ${row.actorUnitId}::uuid,
      ${row.action}, ${row.entityType}, ${written.id}::text,
      ${row.changes ? JSON.stringify(row.changes) : null}::jsonb, ${row.ip}, ${row.userAgent}
    from ${written}`);
}
