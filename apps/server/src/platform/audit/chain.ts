import { sha256Hex } from '../crypto';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  seq: number;
  chainIndex: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorUnitId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** JSON with object keys sorted at every depth: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Exactly the fields the hash covers, whatever else the caller's object carries. */
export function chainedContent(entry: ChainedContent): Record<string, unknown> {
  return {
    seq: entry.seq,
    chainIndex: entry.chainIndex,
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorUnitId: entry.actorUnitId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
    ip: entry.ip,
    userAgent: entry.userAgent,
  };
}

/**
 * hash = SHA-256(previous hash, newline, canonical content incl. chain position and seq).
 * Only the content fields are hashed: a row read back from the database also carries its own
 * hash, prev_hash and sealed_at, which did not exist when it was sealed.
 */
export function entryHash(prevHash: string, entry: ChainedContent): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(chainedContent(entry))}`);
}
