import type { Notification } from '@houqin/contracts';
import type { QueryClient } from '@tanstack/react-query';
import {
  hasNotification,
  type NotificationPages,
  newestSeq,
  parseNotificationEvent,
  prependNotification,
} from './cache';
import { notificationKeys, notificationStreamUrl } from './keys';

/** What the stream needs of an EventSource (a fake one in unit tests). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** EventSource.CLOSED: the browser gave up (an HTTP error such as 401) and will not reconnect. */
const CLOSED = 2;

export interface LiveStreamEnv {
  /** `new EventSource(url)` in the browser */
  createSource(url: string): EventSourceLike;
  /** the first page of the list, loading it when it is not cached yet */
  ensureList(queryClient: QueryClient): Promise<NotificationPages | undefined>;
  /** the stream was refused (e.g. 401): check whether the session is still there */
  checkSession(queryClient: QueryClient): void;
  /** shows the banner for new notifications (`count` of them arrived within the banner's time) */
  announce(latest: Notification, count: number): void;
  /** calls back when the page becomes visible again; returns the unsubscribe */
  onVisible(callback: () => void): () => void;
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Banners within this time are merged into one ("3 new messages"). */
export const BANNER_MS = 4000;
/** After a live notification, the unread count is read again from the server after this long. */
export const RECONCILE_MS = 1500;
const REOPEN_MIN_MS = 3000;
const REOPEN_MAX_MS = 60_000;

/**
 * The signed-in user's live notifications: one EventSource per session. It starts from the newest
 * seq of the list (so nothing between loading the list and opening the stream is lost, and nothing
 * old is replayed); the browser reconnects on its own with Last-Event-ID. When the browser gives up
 * (an HTTP error), the stream is opened again with backoff from the newest seq it has seen, and at
 * once when the page becomes visible again. Each new notification goes on top of the cached list,
 * bumps the unread count and shows a banner.
 */
export class LiveNotificationStream {
  private readonly env: LiveStreamEnv;
  private queryClient: QueryClient | null = null;
  private userId: string | null = null;
  private source: EventSourceLike | null = null;
  /** bumps on every start/stop and reopen, so a late callback of an older stream does nothing */
  private generation = 0;
  /** the newest seq seen, from the list or the stream; 0 before anything is known */
  private lastSeq = 0;
  private reopenTimer: unknown = null;
  private reopenDelay = REOPEN_MIN_MS;
  private reconcileTimer: unknown = null;
  private bannerCount = 0;
  private bannerAt = Number.NEGATIVE_INFINITY;
  private stopVisibility: (() => void) | null = null;

  constructor(env: LiveStreamEnv) {
    this.env = env;
  }

  /** Opens the stream for this user; does nothing when it is already open for them. */
  start(queryClient: QueryClient, userId: string): void {
    if (this.userId === userId && this.queryClient === queryClient) return;
    this.stop();
    this.queryClient = queryClient;
    this.userId = userId;
    this.stopVisibility = this.env.onVisible(() => this.onVisible());
    void this.open(this.generation);
  }

  /** Closes the stream and forgets everything about the user (logout, session ended). */
  stop(): void {
    this.generation += 1;
    this.source?.close();
    this.source = null;
    this.stopVisibility?.();
    this.stopVisibility = null;
    this.clearTimer('reopenTimer');
    this.clearTimer('reconcileTimer');
    this.queryClient = null;
    this.userId = null;
    this.lastSeq = 0;
    this.reopenDelay = REOPEN_MIN_MS;
    this.bannerCount = 0;
    this.bannerAt = Number.NEGATIVE_INFINITY;
  }

  get running(): boolean {
    return this.userId !== null;
  }

  /** The EventSource now open (for tests and diagnostics). */
  get currentSource(): EventSourceLike | null {
    return this.source;
  }

  private clearTimer(name: 'reopenTimer' | 'reconcileTimer'): void {
    if (this[name] !== null) this.env.clearTimeout(this[name]);
    this[name] = null;
  }

  private async open(generation: number): Promise<void> {
    const queryClient = this.queryClient;
    if (!queryClient) return;
    let afterSeq: number | null = this.lastSeq > 0 ? this.lastSeq : null;
    try {
      const list = await this.env.ensureList(queryClient);
      afterSeq = Math.max(afterSeq ?? 0, newestSeq(list));
    } catch {
      // without the list the app knows no seq: the server then starts at its newest
    }
    if (generation !== this.generation) return;
    this.lastSeq = afterSeq ?? 0;
    const source = this.env.createSource(notificationStreamUrl(afterSeq));
    this.source = source;
    source.addEventListener('open', () => {
      if (generation === this.generation) this.reopenDelay = REOPEN_MIN_MS;
    });
    source.addEventListener('notification', (event) => {
      if (generation === this.generation) this.receive(event.data);
    });
    source.addEventListener('error', () => {
      if (generation === this.generation && source.readyState === CLOSED) this.scheduleReopen();
    });
  }

  private scheduleReopen(): void {
    this.source?.close();
    this.source = null;
    this.clearTimer('reopenTimer');
    // a refused stream may mean the session ended: checking it sends a signed-out user to login
    if (this.queryClient) this.env.checkSession(this.queryClient);
    const delay = this.reopenDelay;
    this.reopenDelay = Math.min(this.reopenDelay * 2, REOPEN_MAX_MS);
    this.reopenTimer = this.env.setTimeout(() => this.reopenNow(), delay);
  }

  private reopenNow(): void {
    this.clearTimer('reopenTimer');
    if (!this.running) return;
    this.source?.close();
    this.source = null;
    this.generation += 1;
    void this.open(this.generation);
  }

  private onVisible(): void {
    const queryClient = this.queryClient;
    if (!queryClient) return;
    void queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    if (!this.source || this.source.readyState === CLOSED) {
      this.reopenDelay = REOPEN_MIN_MS;
      this.reopenNow();
    }
  }

  private receive(data: unknown): void {
    const queryClient = this.queryClient;
    const notification = parseNotificationEvent(data);
    if (!queryClient || !notification) return;
    const list = queryClient.getQueryData<NotificationPages>(notificationKeys.list);
    // already shown: sent again after a reconnect, or loaded by a refresh of the list
    const known = notification.seq <= this.lastSeq || hasNotification(list, notification.id);
    this.lastSeq = Math.max(this.lastSeq, notification.seq);
    if (known) return;

    queryClient.setQueryData<NotificationPages>(notificationKeys.list, (old) =>
      old ? prependNotification(old, notification) : old,
    );
    if (!notification.readAt) {
      queryClient.setQueryData<{ count: number }>(notificationKeys.unreadCount, (old) =>
        old ? { count: old.count + 1 } : old,
      );
    }
    // the count is read again shortly after, in case it was loaded after this one was already counted
    this.clearTimer('reconcileTimer');
    this.reconcileTimer = this.env.setTimeout(() => {
      this.reconcileTimer = null;
      void this.queryClient?.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    }, RECONCILE_MS);

    const now = this.env.now();
    this.bannerCount = now - this.bannerAt < BANNER_MS ? this.bannerCount + 1 : 1;
    this.bannerAt = now;
    this.env.announce(notification, this.bannerCount);
  }
}
