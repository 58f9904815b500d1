import type { AppContext } from '../context';
import { defineRecurringJob } from '../scheduler';
import { deleteEndedWindows } from './counters';

/** Removes the shared store's counters whose window has ended (nothing to do on the in-memory store). */
export async function purgeEndedRateLimitWindows(ctx: AppContext): Promise<void> {
  await deleteEndedWindows(ctx.db, ctx.clock.now());
}

export const PURGE_JOB = 'rate-limit.purge-ended-windows';

defineRecurringJob(PURGE_JOB, '41 * * * *', async ({ ctx }) => {
  await purgeEndedRateLimitWindows(ctx);
});
