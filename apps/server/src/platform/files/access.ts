import type { Executor } from '../../db/client';
import type { Actor } from '../auth/actor';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { attachOwnFiles, detachFiles, listFilesAttachedTo } from './repository';
import type { FileRow } from './tables';

/** May this actor see the record (and so the files attached to it)? */
export type FileAccessCheck = (ctx: AppContext, actor: Actor, entityId: string) => Promise<boolean>;

const checks = new Map<string, FileAccessCheck>();
const ENTITY_TYPE = /^[a-z][a-z0-9_.-]{0,63}$/;

/**
 * A module declares, once at load, who may see files attached to its records, e.g.
 * `registerFileAccess('repair_request', (ctx, actor, id) => canViewRepair(ctx, actor, id))`.
 */
export function registerFileAccess(entityType: string, check: FileAccessCheck): void {
  if (!ENTITY_TYPE.test(entityType)) throw new Error(`file entity type "${entityType}" must be snake_case`);
  if (checks.has(entityType)) throw new Error(`file access for "${entityType}" is registered twice`);
  checks.set(entityType, check);
}

/** The uploader always; anyone else only through the owning record's access check. */
export async function mayReadFile(ctx: AppContext, actor: Actor, file: FileRow): Promise<boolean> {
  if (file.ownerId === actor.id) return true;
  if (!file.attachedType || !file.attachedId) return false;
  const check = checks.get(file.attachedType);
  return check ? check(ctx, actor, file.attachedId) : false;
}

/**
 * Attaches uploaded files to a record, in the caller's transaction. Only the actor's own,
 * still unattached files can be attached; any other id (unknown, someone else's, already
 * attached) throws FILE_NOT_ATTACHABLE naming it, and the caller's transaction rolls back.
 */
export async function attachFiles(
  tx: Executor,
  input: { fileIds: string[]; entityType: string; entityId: string; actor: Actor; now: Date },
): Promise<void> {
  if (!checks.has(input.entityType)) {
    throw new Error(`no file access check registered for "${input.entityType}"`);
  }
  const ids = [...new Set(input.fileIds)];
  const attached = await attachOwnFiles(tx, {
    ids,
    ownerId: input.actor.id,
    entityType: input.entityType,
    entityId: input.entityId,
    now: input.now,
  });
  if (attached.length !== ids.length) {
    const missing = ids.filter((id) => !attached.includes(id));
    throw new AppError('FILE_NOT_ATTACHABLE', { fileIds: missing });
  }
}

/**
 * Detaches a record's files (all, or the listed ones). They become orphans: the next cleanup
 * deletes them once they are a day old (counted from their upload).
 */
export async function releaseFiles(
  tx: Executor,
  input: { entityType: string; entityId: string; fileIds?: string[] },
): Promise<string[]> {
  return detachFiles(tx, { entityType: input.entityType, entityId: input.entityId, ids: input.fileIds });
}

/** The files attached to a record, oldest first (for the record's detail view). */
export function filesAttachedTo(db: Executor, entityType: string, entityId: string): Promise<FileRow[]> {
  return listFilesAttachedTo(db, entityType, entityId);
}
