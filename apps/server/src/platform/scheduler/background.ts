import type { AppContext } from '../context';
import { runDueJobs } from './runner';

/** How often an idle runner looks for due jobs (real time). */
export const POLL_INTERVAL_MS = 1_000;
const BATCH = 50;

/**
 * Runs due jobs in the background: at once (which stores the recurring schedules), then every
 * second. Every process may run one; claims keep each job to one of them. stop() stops claiming,
 * waits for the job in hand and returns.
 */
export function startScheduler(ctx: AppContext): { stop(): Promise<void> } {
  let stopped = false;
  let busy = false;
  let pass: Promise<void> = Promise.resolve();
  const shouldStop = () => stopped;
  const tick = () => {
    if (busy || stopped) return;
    busy = true;
    pass = (async () => {
      while (!stopped && (await runDueJobs(ctx, { limit: BATCH, shouldStop })) === BATCH) {}
    })()
      .catch((err) => ctx.log.error({ err }, 'scheduler pass failed; will retry'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, POLL_INTERVAL_MS);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await pass;
    },
  };
}
