import type { KitchenView } from '@houqin/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { kitchenStreamUrl } from './api';
import { mealKeys } from './keys';

export type StreamState = 'connecting' | 'live' | 'down';

/** EventSource.CLOSED: the browser gave up (an HTTP error) and will not reconnect by itself. */
const CLOSED = 2;
const REOPEN_MS = 5000;

/**
 * The kitchen counts as they change: each `event: counts` replaces the cached view. The browser
 * reconnects by itself after a dropped connection; when it gives up, the stream is opened again.
 */
export function useKitchenStream(canteenId: string | null): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    if (!canteenId) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      setState('connecting');
      source = new EventSource(kitchenStreamUrl(canteenId), { withCredentials: true });
      source.addEventListener('open', () => setState('live'));
      source.addEventListener('counts', (event) => {
        try {
          queryClient.setQueryData<KitchenView>(mealKeys.kitchen(canteenId), JSON.parse(event.data));
          setState('live');
        } catch {
          // a malformed event is skipped; the next one carries the whole view again
        }
      });
      source.addEventListener('error', () => {
        setState('down');
        if (source?.readyState === CLOSED && !stopped) {
          source.close();
          timer = setTimeout(open, REOPEN_MS);
        }
      });
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [canteenId, queryClient]);
  return state;
}
