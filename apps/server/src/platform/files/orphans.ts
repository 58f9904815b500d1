import type { AppContext } from '../context';
import { defineRecurringJob } from '../scheduler';
import { deleteOrphanRows } from './repository';
import { fileStore, removeFileBytes } from './storage';

/** Unattached uploads older than this are deleted. */
export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * Deletes files nobody attached within a day of upload: the rows first (each in its own short
 * statement, re-checking "still unattached"), then their bytes. Returns how many went.
 */
export async function deleteOrphanFiles(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - ORPHAN_AGE_MS);
  const store = fileStore(ctx.config.dataDir);
  let deleted = 0;
  for (;;) {
    const keys = await deleteOrphanRows(ctx.db, before, BATCH);
    for (const key of keys) await removeFileBytes(store, key);
    deleted += keys.length;
    if (keys.length < BATCH) break;
  }
  if (deleted > 0) ctx.log.info({ deleted }, 'deleted orphan uploads');
  return deleted;
}

defineRecurringJob('files.delete-orphans', '0 * * * *', async ({ ctx }) => {
  await deleteOrphanFiles(ctx);
});
