import { useSyncExternalStore } from 'react';

/** A short message shown over the page for a moment (saved, changed, signed out…). */
export interface Notice {
  id: number;
  text: string;
}

const DURATION_MS = 2500;
let current: Notice | null = null;
let nextId = 1;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function publish(notice: Notice | null): void {
  current = notice;
  for (const listener of listeners) listener();
}

export function showNotice(text: string): void {
  clearTimeout(timer);
  publish({ id: nextId++, text });
  timer = setTimeout(() => publish(null), DURATION_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(subscribe, () => current);
}
