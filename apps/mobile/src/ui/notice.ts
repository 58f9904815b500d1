import { useSyncExternalStore } from 'react';

/** What a notice is about: the outcome of the user's own action, or a new message from elsewhere. */
export type NoticeKind = 'info' | 'message';

/** A short message shown over the page for a moment (saved, changed, signed out, new message…). */
export interface Notice {
  id: number;
  text: string;
  kind: NoticeKind;
}

export interface NoticeOptions {
  /** how long it stays; 2.5 s unless given */
  durationMs?: number;
  kind?: NoticeKind;
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

export function showNotice(text: string, options: NoticeOptions = {}): void {
  clearTimeout(timer);
  publish({ id: nextId++, text, kind: options.kind ?? 'info' });
  timer = setTimeout(() => publish(null), options.durationMs ?? DURATION_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotice(): Notice | null {
  return useSyncExternalStore(subscribe, () => current);
}
