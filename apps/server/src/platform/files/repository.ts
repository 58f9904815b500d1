import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type FileRow, files } from './tables';

export type NewFileRow = typeof files.$inferInsert;

export async function insertFileRows(tx: Executor, rows: NewFileRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(files).values(rows);
}

export async function findFileById(db: Executor, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

/**
 * Attaches the owner's unattached files to a record in one conditional update: a file someone
 * else uploaded, or one already attached (even concurrently), is left alone and not returned.
 */
export async function attachOwnFiles(
  tx: Executor,
  input: { ids: string[]; ownerId: string; entityType: string; entityId: string; now: Date },
): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const rows = await tx
    .update(files)
    .set({ attachedType: input.entityType, attachedId: input.entityId, attachedAt: input.now })
    .where(and(inArray(files.id, input.ids), eq(files.ownerId, input.ownerId), isNull(files.attachedType)))
    .returning({ id: files.id });
  return rows.map((r) => r.id);
}

/** Detaches files from a record (all, or the listed ones): they become orphans, deleted a day later. */
export async function detachFiles(
  tx: Executor,
  input: { entityType: string; entityId: string; ids?: string[] },
): Promise<string[]> {
  const conditions = [eq(files.attachedType, input.entityType), eq(files.attachedId, input.entityId)];
  if (input.ids) conditions.push(inArray(files.id, input.ids.length > 0 ? input.ids : ['']));
  const rows = await tx
    .update(files)
    .set({ attachedType: null, attachedId: null, attachedAt: null })
    .where(and(...conditions))
    .returning({ id: files.id });
  return rows.map((r) => r.id);
}

export async function listFilesAttachedTo(
  db: Executor,
  entityType: string,
  entityId: string,
): Promise<FileRow[]> {
  return db
    .select()
    .from(files)
    .where(and(eq(files.attachedType, entityType), eq(files.attachedId, entityId)))
    .orderBy(asc(files.createdAt), asc(files.id));
}

/**
 * Deletes up to `limit` files still unattached and created before `before`, returning their
 * storage keys. The condition is checked again on each row as it is deleted, so a file attached
 * in the meantime survives.
 */
export async function deleteOrphanRows(db: Executor, before: Date, limit: number): Promise<string[]> {
  const candidates = db
    .select({ id: files.id })
    .from(files)
    .where(and(isNull(files.attachedType), lt(files.createdAt, before)))
    .orderBy(asc(files.createdAt))
    .limit(limit);
  const rows = await db
    .delete(files)
    .where(and(inArray(files.id, candidates), isNull(files.attachedType), lt(files.createdAt, before)))
    .returning({ storageKey: files.storageKey });
  return rows.map((r) => r.storageKey);
}
