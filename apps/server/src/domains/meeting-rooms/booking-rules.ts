import type { SlotStatus } from '@houqin/contracts';
import { and, eq, gt, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isWorkday } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { addDays, dateIn, wallClockAsUtc } from '../../platform/zoned-time';
import { findClosuresBetween, type MeetingRoomRecord } from './rooms-repository';
import { roomBookings } from './tables';

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The slot an occurrence holds: its time plus the room's buffer after it. */
export const blockedUntil = (slot: Interval, room: Pick<MeetingRoomRecord, 'bufferMinutes'>): Date =>
  new Date(slot.endsAt.getTime() + room.bufferMinutes * MINUTE_MS);

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * The rule an occurrence breaks first, without looking at other bookings: in the past, inside the
 * minimum notice, beyond the booking horizon, on a non-workday, outside the open hours.
 */
async function timeRuleStatus(ctx: AppContext, room: MeetingRoomRecord, slot: Interval): Promise<SlotStatus> {
  const zone = ctx.config.timeZone;
  const now = ctx.clock.now().getTime();
  const start = slot.startsAt.getTime();
  if (start < now) return 'past';
  if (start < now + room.minNoticeMinutes * MINUTE_MS) return 'too_soon';
  const date = dateIn(slot.startsAt, zone);
  if (date > addDays(dateIn(new Date(now), zone), room.maxDaysAhead)) return 'too_far_ahead';
  if (room.workdaysOnly && !(await isWorkday(ctx, date))) return 'non_workday';
  const wallStart = wallClockAsUtc(start, zone);
  const dayStart = Math.floor(wallStart / DAY_MS) * DAY_MS;
  const fromMinute = (wallStart - dayStart) / MINUTE_MS;
  const toMinute = (wallClockAsUtc(slot.endsAt.getTime(), zone) - dayStart) / MINUTE_MS;
  if (fromMinute < room.openFromMinute || toMinute > room.openToMinute) return 'outside_hours';
  return 'free';
}

/** The span all `slots` cover, buffers included. */
export function spanOf(
  slots: Interval[],
  room: Pick<MeetingRoomRecord, 'bufferMinutes'>,
): { from: Date; to: Date } {
  return {
    from: new Date(Math.min(...slots.map((s) => s.startsAt.getTime()))),
    to: new Date(Math.max(...slots.map((s) => blockedUntil(s, room).getTime()))),
  };
}

/** Active bookings of the room whose held time overlaps [from, to), except `ignoreIds`. */
export function findTakenBetween(
  db: Executor,
  roomId: string,
  span: { from: Date; to: Date },
  ignoreIds: string[] = [],
): Promise<Interval[]> {
  return db
    .select({ startsAt: roomBookings.startsAt, endsAt: roomBookings.blockedUntil })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        inArray(roomBookings.status, ['pending', 'confirmed']),
        lt(roomBookings.startsAt, span.to),
        gt(roomBookings.blockedUntil, span.from),
        ...(ignoreIds.length ? [notInArray(roomBookings.id, ignoreIds)] : []),
      ),
    );
}

/**
 * Why each occurrence can or cannot be booked: time rules, then closures, then other active
 * bookings (`taken`, held time: their buffer included; ours is added here). This is for answers
 * (preview, the reason a series is refused); the exclusion constraint is what keeps bookings apart.
 */
export async function statusesFrom(
  ctx: AppContext,
  room: MeetingRoomRecord,
  slots: Interval[],
  closures: Interval[],
  taken: Interval[],
  options: { checkTimeRules?: boolean } = {},
): Promise<SlotStatus[]> {
  const statuses: SlotStatus[] = [];
  for (const slot of slots) {
    const s = slot.startsAt.getTime();
    const e = slot.endsAt.getTime();
    const b = blockedUntil(slot, room).getTime();
    const time = options.checkTimeRules === false ? 'free' : await timeRuleStatus(ctx, room, slot);
    if (time !== 'free') statuses.push(time);
    else if (closures.some((c) => overlaps(s, e, c.startsAt.getTime(), c.endsAt.getTime())))
      statuses.push('closed');
    else if (taken.some((t) => overlaps(s, b, t.startsAt.getTime(), t.endsAt.getTime())))
      statuses.push('conflict');
    else statuses.push('free');
  }
  return statuses;
}

/** The same, reading the room's closures and bookings first (preview, moving bookings, after a lost race). */
export async function slotStatuses(
  ctx: AppContext,
  db: Executor,
  room: MeetingRoomRecord,
  slots: Interval[],
  options: { ignoreIds?: string[]; checkTimeRules?: boolean } = {},
): Promise<SlotStatus[]> {
  if (slots.length === 0) return [];
  const span = spanOf(slots, room);
  const [closures, taken] = await Promise.all([
    findClosuresBetween(db, room.roomId, span),
    findTakenBetween(db, room.roomId, span, options.ignoreIds),
  ]);
  return statusesFrom(ctx, room, slots, closures, taken, options);
}

/** Hours per ISO week (Monday-based, in the zone) that `slots` take. */
export function hoursByWeek(slots: Interval[], timeZone: string): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const slot of slots) {
    const date = dateIn(slot.startsAt, timeZone);
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addDays(date, -weekday);
    const hours = (slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000;
    weeks.set(monday, (weeks.get(monday) ?? 0) + hours);
  }
  return weeks;
}

/** Hours the user already holds in the room in the week starting `monday`, except `ignoreIds`. */
export async function heldHoursInWeek(
  ctx: AppContext,
  db: Executor,
  roomId: string,
  userId: string,
  monday: string,
  ignoreIds: string[] = [],
): Promise<number> {
  const zone = ctx.config.timeZone;
  const [row] = await db
    .select({
      hours: sql<string>`coalesce(sum(extract(epoch from (${roomBookings.endsAt} - ${roomBookings.startsAt}))) / 3600, 0)`,
    })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        eq(roomBookings.bookerId, userId),
        inArray(roomBookings.status, ['pending', 'confirmed']),
        sql`(${roomBookings.startsAt} at time zone ${zone})::date >= ${monday}::date`,
        sql`(${roomBookings.startsAt} at time zone ${zone})::date < ${addDays(monday, 7)}::date`,
        ...(ignoreIds.length ? [notInArray(roomBookings.id, ignoreIds)] : []),
      ),
    );
  return Number(row?.hours ?? 0);
}
