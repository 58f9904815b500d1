import type { Booking, BookingStatus, CalendarFeed, CreateFeedInput, MeetingRoom } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { randomToken, sha256Hex } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { loadBookings } from './booking-view';
import {
  type CalendarFeedRecord,
  type FeedKey,
  findBookingUpdateTimes,
  findLiveFeedByTokenHash,
  findLiveFeedsOfUser,
  findNotificationEmails,
  insertCalendarFeed,
  lockFeedsOfUser,
  revokeFeedOfUser,
  revokeLiveFeeds,
} from './feeds-repository';
import { type IcsEvent, type IcsStatus, writeCalendar } from './ics';
import { maySeeBookingTitle } from './policy';
import { getMeetingRoom } from './rooms-service';

/**
 * 日历订阅: a secret URL per user (their own bookings and those they attend) or per room, for
 * Outlook, Apple Calendar, Thunderbird and DingTalk. The token is shown once; only its SHA-256 is
 * stored. A feed reads as its owner, with the owner's rights at the time of reading.
 */

const DAY_MS = 86_400_000;
/** what a feed covers, around now */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 365;
/** more than a busy room holds in the window; a bound on one response */
const FEED_MAX_EVENTS = 10_000;
/** how often subscribers are asked to refetch */
const FEED_REFRESH_MINUTES = 15;

const feedNotFound = () => new AppError('FEED_NOT_FOUND');

const feedPath = (feed: Pick<CalendarFeedRecord, 'scope' | 'roomId'>) =>
  feed.scope === 'room' ? `/api/rooms/${feed.roomId}/calendar.ics` : '/api/me/calendar.ics';

function toCalendarFeed(feed: CalendarFeedRecord, roomName: string | null, url: string | null): CalendarFeed {
  return {
    id: feed.id,
    scope: feed.scope,
    roomId: feed.roomId,
    roomName,
    url,
    createdAt: feed.createdAt.toISOString(),
  };
}

/** A room the actor may see (the rooms service's rule: not bookable → managers only), or undefined. */
async function findVisibleRoom(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
): Promise<MeetingRoom | undefined> {
  try {
    return await getMeetingRoom(ctx, caller, roomId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
}

/**
 * Creates the caller's feed for themselves or for a room, revoking the live one for the same
 * scope and room in the same transaction (regenerate). The URL carries the token and is returned
 * only here. Creations by one user run one at a time, so of two at once the later revokes the other.
 */
export async function createCalendarFeed(
  ctx: AppContext,
  caller: Caller,
  input: CreateFeedInput,
  origin: string,
): Promise<CalendarFeed> {
  const actor = requireActor(caller);
  let room: MeetingRoom | undefined;
  if (input.scope === 'room' && input.roomId) {
    room = await findVisibleRoom(ctx, caller, input.roomId);
    if (!room)
      throw new AppError('NOT_FOUND', { entity: 'meeting_room' }, [
        { path: 'body.roomId', message: 'NOT_FOUND' },
      ]);
  }
  const key: FeedKey = { userId: actor.id, scope: input.scope, roomId: room?.id ?? null };
  return ctx.db.transaction(async (tx) => {
    await lockFeedsOfUser(tx, actor.id);
    const now = ctx.clock.now();
    const token = randomToken(32);
    const revokedIds = await revokeLiveFeeds(tx, key, now);
    const feed = await insertCalendarFeed(tx, { ...key, tokenHash: sha256Hex(token), createdAt: now });
    await recordAudit(
      tx,
      caller,
      {
        action: revokedIds.length > 0 ? 'calendar_feed.regenerated' : 'calendar_feed.created',
        entityType: 'calendar_feed',
        entityId: feed.id,
        before: revokedIds.length > 0 ? { revokedFeedIds: revokedIds } : null,
        after: { scope: feed.scope, roomId: feed.roomId },
      },
      now,
    );
    return toCalendarFeed(feed, room?.name ?? null, `${origin}${feedPath(feed)}?token=${token}`);
  });
}

/** The caller's live feeds (without URLs: the token was shown once). */
export async function listCalendarFeeds(ctx: AppContext, caller: Caller): Promise<{ items: CalendarFeed[] }> {
  const actor = requireActor(caller);
  const rows = await findLiveFeedsOfUser(ctx.db, actor.id);
  return { items: rows.map((row) => toCalendarFeed(row, row.roomName, null)) };
}

/** Revokes one of the caller's feeds: its URL stops working at once. Someone else's id → not found. */
export async function revokeCalendarFeed(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  const actor = requireActor(caller);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const feed = await revokeFeedOfUser(tx, id, actor.id, now);
    if (!feed) throw feedNotFound();
    await recordAudit(
      tx,
      caller,
      {
        action: 'calendar_feed.revoked',
        entityType: 'calendar_feed',
        entityId: feed.id,
        before: { scope: feed.scope, roomId: feed.roomId },
      },
      now,
    );
  });
}

/** The owner of a live feed of this scope (and room), as a caller; anything else is FEED_NOT_FOUND. */
async function callerOfToken(
  ctx: AppContext,
  caller: Caller,
  token: string,
  expected: Omit<FeedKey, 'userId'>,
): Promise<Caller & { actor: Actor }> {
  const found = await findLiveFeedByTokenHash(ctx.db, sha256Hex(token));
  const roomId = expected.roomId?.toLowerCase() ?? null;
  if (!found || found.feed.scope !== expected.scope || found.feed.roomId !== roomId) throw feedNotFound();
  return { ...caller, actor: found.actor };
}

const statusOf: Record<BookingStatus, IcsStatus> = {
  confirmed: 'CONFIRMED',
  pending: 'TENTATIVE',
  cancelled: 'CANCELLED',
  rejected: 'CANCELLED',
  released: 'CANCELLED',
  expired: 'CANCELLED',
};

const statusNote: Record<BookingStatus, string | null> = {
  confirmed: null,
  pending: '待审批',
  cancelled: '已取消',
  rejected: '已驳回',
  released: '未签到，已释放',
  expired: '审批超时，已失效',
};

function describe(booking: Booking): string {
  const lines = [`预订人：${booking.booker.displayName}（${booking.unit.name}）`];
  if (booking.attendees.length > 0)
    lines.push(`参会人：${booking.attendees.map((a) => a.displayName).join('、')}`);
  if (booking.externalCount > 0) lines.push(`外部参会：${booking.externalCount} 人`);
  const note = statusNote[booking.status];
  if (note) lines.push(`状态：${note}${booking.decisionReason ? `（${booking.decisionReason}）` : ''}`);
  if (booking.notes) lines.push(`备注：${booking.notes}`);
  return lines.join('\n');
}

/**
 * Bookings as events. Titles, descriptions and the organizer's name only where the policy lets the
 * reader see the title; otherwise the slot shows the unit and 已预订. SEQUENCE is the whole seconds
 * between creation and the last change, so it grows with every change without a counter column.
 */
async function toEvents(
  ctx: AppContext,
  actor: Actor,
  bookings: Booking[],
  approverIds: string[],
): Promise<IcsEvent[]> {
  const visible = (b: Booking) =>
    maySeeBookingTitle(
      actor,
      { bookerId: b.booker.id, unitId: b.unit.id, attendeeIds: b.attendees.map((a) => a.id) },
      { approverIds },
    );
  const bookerIds = [...new Set(bookings.filter(visible).map((b) => b.booker.id))];
  const [updatedAt, emails] = await Promise.all([
    findBookingUpdateTimes(
      ctx.db,
      bookings.map((b) => b.id),
    ),
    findNotificationEmails(ctx.db, bookerIds),
  ]);
  return bookings.map((b): IcsEvent => {
    const open = visible(b);
    const created = new Date(b.createdAt);
    const modified = updatedAt.get(b.id) ?? created;
    const start = new Date(b.startsAt);
    const endedEarly = b.endedEarlyAt ? new Date(b.endedEarlyAt) : null;
    const scheduledEnd = new Date(b.endsAt);
    // ended early: the event ends when the room was freed (never before it starts)
    const end = endedEarly && endedEarly > start && endedEarly < scheduledEnd ? endedEarly : scheduledEnd;
    return {
      uid: `${b.id}@houqin`,
      sequence: Math.floor((modified.getTime() - created.getTime()) / 1000),
      start,
      end,
      status: statusOf[b.status],
      summary: open ? b.title : `${b.unit.name} 已预订`,
      location: `${b.room.building} ${b.room.floor} ${b.room.name}`,
      description: open ? describe(b) : undefined,
      organizer: open
        ? { name: b.booker.displayName, email: emails.get(b.booker.id) ?? null }
        : { name: b.unit.name, email: null },
      created,
      lastModified: modified,
    };
  });
}

function feedWindow(ctx: AppContext): { from: Date; to: Date } {
  const now = ctx.clock.now().getTime();
  return { from: new Date(now - FEED_DAYS_BACK * DAY_MS), to: new Date(now + FEED_DAYS_AHEAD * DAY_MS) };
}

/**
 * GET /api/me/calendar.ics: the bookings the reader booked or attends, cancelled ones included
 * (STATUS:CANCELLED, so subscribed calendars drop them). With a token, the token's owner reads it
 * and no session is needed; a token that is not a live "me" feed is FEED_NOT_FOUND.
 */
export async function readMyCalendar(ctx: AppContext, caller: Caller, token?: string): Promise<string> {
  const reader = token ? await callerOfToken(ctx, caller, token, { scope: 'me', roomId: null }) : caller;
  const actor = requireActor(reader);
  const bookings = await loadBookings(ctx, actor, {
    ...feedWindow(ctx),
    userId: actor.id,
    limit: FEED_MAX_EVENTS,
  });
  return writeCalendar({
    name: `会议室预订 · ${actor.displayName}`,
    timeZone: ctx.config.timeZone,
    stamp: ctx.clock.now(),
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: await toEvents(ctx, actor, bookings, []),
  });
}

/**
 * GET /api/rooms/:id/calendar.ics: every booking of a room the reader may see, titles where the
 * policy allows. With a token it must be a live feed of this very room, and its owner must still
 * be allowed to see the room.
 */
export async function readRoomCalendar(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  token?: string,
): Promise<string> {
  const reader = token ? await callerOfToken(ctx, caller, token, { scope: 'room', roomId }) : caller;
  const actor = requireActor(reader);
  const room = await findVisibleRoom(ctx, reader, roomId);
  if (!room) throw token ? feedNotFound() : new AppError('NOT_FOUND', { entity: 'meeting_room' });
  const bookings = await loadBookings(ctx, actor, {
    ...feedWindow(ctx),
    roomIds: [room.id],
    limit: FEED_MAX_EVENTS,
  });
  return writeCalendar({
    name: `${room.building} ${room.floor} ${room.name}`,
    timeZone: ctx.config.timeZone,
    stamp: ctx.clock.now(),
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: await toEvents(
      ctx,
      actor,
      bookings,
      room.approvers.map((a) => a.id),
    ),
  });
}
