import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `everyMs` (countdowns), moved by `skewMs`: the server's clock
 * minus this device's, so a phone set wrong still counts down to the server's cutoffs.
 */
export function useNow(everyMs: number, skewMs = 0): Date {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return new Date(now + skewMs);
}

/** How far the server's clock (its `now` in a response fetched at `fetchedAt`) is ahead of this device's. */
export function clockSkew(serverNow: string | undefined, fetchedAt: number): number {
  if (!serverNow || !fetchedAt) return 0;
  const skew = Date.parse(serverNow) - fetchedAt;
  return Number.isFinite(skew) ? skew : 0;
}
