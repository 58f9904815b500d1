/** How long a claim holds a job before another process may take it (the runner renews it while a handler runs). */
export const LEASE_MS = 5 * 60_000;
/** How often a running handler's lease is renewed (real time). */
export const LEASE_RENEW_MS = 60_000;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Wait before the next attempt after attempt `attempt` failed: 30 s, 1 min, 2 min, 4 min… at most 1 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}
