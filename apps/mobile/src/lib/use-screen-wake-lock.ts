import { useEffect } from 'react';

type WakeLockApi = { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
type Page = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

/**
 * Holds a screen wake lock while the page is visible and returns what lets it go. The browser
 * drops the lock whenever the page is hidden, so it is taken again when the page shows; a lock
 * granted after the release is released at once. Without the API (or when refused, e.g. on low
 * battery) the screen simply sleeps.
 */
export function holdScreenWakeLock(wakeLock: WakeLockApi | undefined, page: Page): () => void {
  if (!wakeLock) return () => {};
  let lock: { release(): Promise<void> } | undefined;
  let holding = true;
  const acquire = () => {
    if (page.visibilityState !== 'visible') return;
    wakeLock.request('screen').then(
      (granted) => {
        if (holding) lock = granted;
        else void granted.release().catch(() => {});
      },
      () => {},
    );
  };
  acquire();
  page.addEventListener('visibilitychange', acquire);
  return () => {
    holding = false;
    page.removeEventListener('visibilitychange', acquire);
    void lock?.release().catch(() => {});
  };
}

/**
 * Keeps the screen on while the page is shown (Screen Wake Lock API), for screens that are looked
 * at rather than touched: the dining pass held up to the counter, the counter, the kitchen board.
 */
export function useScreenWakeLock(): void {
  useEffect(() => holdScreenWakeLock((navigator as { wakeLock?: WakeLockApi }).wakeLock, document), []);
}
