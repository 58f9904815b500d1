import { describe, expect, it } from 'vitest';
import { holdScreenWakeLock } from './use-screen-wake-lock';

function fakes(visible = true) {
  const listeners = new Set<() => void>();
  const page = {
    visibilityState: (visible ? 'visible' : 'hidden') as DocumentVisibilityState,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const locks: { released: boolean }[] = [];
  const wakeLock = {
    request: async () => {
      const lock = {
        released: false,
        release: async () => {
          lock.released = true;
        },
      };
      locks.push(lock);
      return lock;
    },
  };
  const show = (state: DocumentVisibilityState) => {
    page.visibilityState = state;
    for (const fn of listeners) fn();
  };
  return { page: page as unknown as Document, wakeLock, locks, listeners, show };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holdScreenWakeLock', () => {
  it('takes the lock while visible, again after the page was hidden, and lets it go on release', async () => {
    const f = fakes();
    const release = holdScreenWakeLock(f.wakeLock, f.page);
    await settle();
    expect(f.locks).toHaveLength(1);
    f.show('hidden'); // the browser drops the lock; nothing to ask for while hidden
    await settle();
    expect(f.locks).toHaveLength(1);
    f.show('visible');
    await settle();
    expect(f.locks).toHaveLength(2);
    release();
    await settle();
    expect(f.locks[1]?.released).toBe(true);
    expect(f.listeners.size).toBe(0);
  });

  it('releases a lock granted after the page let go, and asks nothing while hidden', async () => {
    const f = fakes();
    const release = holdScreenWakeLock(f.wakeLock, f.page);
    release(); // before the request's answer
    await settle();
    expect(f.locks.map((l) => l.released)).toEqual([true]);
    const hidden = fakes(false);
    holdScreenWakeLock(hidden.wakeLock, hidden.page);
    await settle();
    expect(hidden.locks).toHaveLength(0);
  });

  it('does nothing without the API or when the browser refuses', async () => {
    const f = fakes();
    expect(() => holdScreenWakeLock(undefined, f.page)()).not.toThrow();
    const refused = { request: () => Promise.reject(new Error('NotAllowedError')) };
    const release = holdScreenWakeLock(refused, f.page);
    await settle(); // a refusal must not surface as an unhandled rejection (vitest fails on those)
    expect(() => release()).not.toThrow();
  });
});
