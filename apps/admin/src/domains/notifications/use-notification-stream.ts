import type { Notification } from '@houqin/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { sessionKey } from '../auth/session';
import { startNotificationStream } from './stream';

/**
 * Keeps the live notification stream open while the console layout is shown, once `ready` (the
 * latest list is loaded, so the stream starts after its newest item and nothing in between is lost).
 */
export function useNotificationStream(ready: boolean, onArrived: (notification: Notification) => void) {
  const queryClient = useQueryClient();
  const arrived = useRef(onArrived);
  useEffect(() => {
    arrived.current = onArrived;
  }, [onArrived]);
  useEffect(() => {
    if (!ready || typeof EventSource === 'undefined') return;
    return startNotificationStream(queryClient, {
      onArrived: (notification) => arrived.current(notification),
      // the server refused the stream: if the session is gone, the console signs out
      onRefused: () => void queryClient.invalidateQueries({ queryKey: sessionKey }),
    });
  }, [ready, queryClient]);
}
