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

/** hash = SHA-256(previous hash, newline, canonical content incl. chain position and seq). */
export function entryHash(prevHash: string, entry: ChainedContent): string {
  return sha256Hex(`${prevHash}\n${canonicalJson({ ...entry, occurredAt: entry.occurredAt.toISOString() })}`);
}
