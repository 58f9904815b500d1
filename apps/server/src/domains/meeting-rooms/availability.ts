import type { Availability, AvailabilityQuery, BusySlot, RoomDay, RoomSchedule } from '@houqin/contracts';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import { listDays } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { addDays, daysBetween, zonedInstant } from '../../platform/zoned-time';
import { type BusyRow, type ClosureSlotRow, findBusyRows, findClosureSlots } from './availability-repository';
import { isRoomManager, maySeeBookingTitle } from './policy';
import { fieldError } from './room-messages';
import { findCatalogRooms } from './rooms-catalog';
import type { MeetingRoomRow } from './rooms-repository';
import { loadMeetingRooms, minuteToTime, timeToMinute, toRoomSummary } from './rooms-service';

/** A room's schedule spans at most this many days. */
export const MAX_SCHEDULE_DAYS = 31;

const groupBy = <T extends { roomId: string }>(items: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.roomId);
    if (list) list.push(item);
    else map.set(item.roomId, [item]);
  }
  return map;
};

const overlaps = (aStart: Date, aEnd: Date, bStart: Date, bEnd: Date) => aStart < bEnd && bStart < aEnd;

function toBusySlot(actor: Actor, room: MeetingRoomRow, b: BusyRow): BusySlot {
  const parties = { bookerId: b.bookerId, unitId: b.unitId, attendeeIds: b.attendeeIds };
  return {
    bookingId: b.id,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    blockedUntil: b.blockedUntil.toISOString(),
    status: b.status,
    unitName: b.unitName,
    title: maySeeBookingTitle(actor, parties, room) ? b.title : null,
    mine: b.bookerId === actor.id || b.attendeeIds.includes(actor.id),
  };
}

interface DayInput {
  actor: Actor;
  room: MeetingRoomRow;
  date: string;
  workday: boolean;
  busy: BusyRow[];
  closures: ClosureSlotRow[];
  /** the day's first and last instant in the deployment zone (computed once per date, not per room) */
  bounds: { start: Date; end: Date };
}

/** One room's day: its open window (none on a non-workday when it opens on workdays only), what blocks it. */
function roomDay({ actor, room, date, workday, busy, closures, bounds }: DayInput): RoomDay {
  const { start, end } = bounds;
  const open = workday || !room.workdaysOnly;
  return {
    date,
    openFrom: open ? minuteToTime(room.openFromMinute) : null,
    openTo: open ? minuteToTime(room.openToMinute) : null,
    busy: busy
      .filter((b) => overlaps(b.startsAt, b.blockedUntil, start, end))
      .map((b) => toBusySlot(actor, room, b)),
    closures: closures
      .filter((c) => overlaps(c.startsAt, c.endsAt, start, end))
      .map((c) => ({ startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), reason: c.reason })),
  };
}

/**
 * Whether a new booking of [from, to) on the date fits: inside the open window, clear of other
 * bookings' blocked time (its own buffer after `to` included) and of closures.
 */
function isFreeFor(
  room: MeetingRoomRow,
  day: RoomDay,
  window: { from: Date; to: Date; fromMinute: number; toMinute: number },
) {
  if (day.openFrom === null) return false;
  if (window.fromMinute < room.openFromMinute || window.toMinute > room.openToMinute) return false;
  const blockedTo = new Date(window.to.getTime() + room.bufferMinutes * 60_000);
  const busy = day.busy.some((b) =>
    overlaps(new Date(b.startsAt), new Date(b.blockedUntil), window.from, blockedTo),
  );
  const closed = day.closures.some((c) =>
    overlaps(new Date(c.startsAt), new Date(c.endsAt), window.from, window.to),
  );
  return !busy && !closed;
}

/** The requested free window, or undefined; 400 naming the field when it is half given or empty. */
function windowOf(query: AvailabilityQuery, timeZone: string, locale: Locale) {
  if (query.from === undefined && query.to === undefined) return undefined;
  if (query.from === undefined) throw fieldError('query.from', 'windowIncomplete', locale);
  if (query.to === undefined) throw fieldError('query.to', 'windowIncomplete', locale);
  const fromMinute = timeToMinute(query.from);
  const toMinute = timeToMinute(query.to);
  if (toMinute <= fromMinute) throw fieldError('query.to', 'windowEmpty', locale);
  return {
    fromMinute,
    toMinute,
    from: zonedInstant(query.date, fromMinute, timeZone),
    to: zonedInstant(query.date, toMinute, timeZone),
  };
}

/**
 * GET /api/rooms/availability: the bookable rooms matching the filters, each with the date's open
 * window, busy slots (buffer included) and closures; with from/to only the rooms free for that
 * whole window. Rooms come as summaries (their rules are in GET /api/rooms/{id}): the finder of a
 * large building answers in one small response. A fixed number of queries whatever the number of
 * rooms: the catalog version (rooms are cached), the day's bookings and closures (the calendar is
 * cached too).
 */
export async function getAvailability(
  ctx: AppContext,
  caller: Caller,
  query: AvailabilityQuery,
  locale: Locale = 'zh-CN',
): Promise<Availability> {
  const actor = requireActor(caller);
  const timeZone = ctx.config.timeZone;
  const window = windowOf(query, timeZone, locale);
  const { rows } = await findCatalogRooms(ctx, {
    buildingId: query.buildingId,
    minCapacity: query.minCapacity,
    equipment: query.equipment,
  });
  const range = {
    roomIds: rows.map((r) => r.roomId),
    from: zonedInstant(query.date, 0, timeZone),
    to: zonedInstant(addDays(query.date, 1), 0, timeZone),
  };
  const [busy, closures, days] = await Promise.all([
    findBusyRows(ctx.db, range),
    findClosureSlots(ctx.db, range),
    listDays(ctx, query.date, query.date),
  ]);
  const workday = days[0]?.workday ?? false;
  const busyByRoom = groupBy(busy);
  const closuresByRoom = groupBy(closures);
  const result: Availability['rooms'] = [];
  for (const room of rows) {
    const day = roomDay({
      actor,
      room,
      date: query.date,
      workday,
      busy: busyByRoom.get(room.roomId) ?? [],
      closures: closuresByRoom.get(room.roomId) ?? [],
      bounds: { start: range.from, end: range.to },
    });
    if (window && !isFreeFor(room, day, window)) continue;
    result.push({ room: toRoomSummary(room, actor), day });
  }
  return { date: query.date, rooms: result };
}

/** GET /api/rooms/:id/schedule: one room's days from `from` to `to` (both included, at most 31). */
export async function getRoomSchedule(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  query: { from: string; to: string },
  locale: Locale = 'zh-CN',
): Promise<RoomSchedule> {
  const actor = requireActor(caller);
  const span = daysBetween(query.from, query.to) + 1;
  if (span < 1) throw fieldError('query.to', 'rangeReversed', locale);
  if (span > MAX_SCHEDULE_DAYS)
    throw fieldError('query.to', 'rangeTooLong', locale, String(MAX_SCHEDULE_DAYS));
  const timeZone = ctx.config.timeZone;
  const { rows, rooms } = await loadMeetingRooms(ctx, actor, { ids: [roomId], includeUnbookable: true });
  const row = rows[0];
  const room = rooms[0];
  if (!row || !room || (!room.bookable && !isRoomManager(actor))) throw notFound('meeting_room');
  const range = {
    roomIds: [roomId],
    from: zonedInstant(query.from, 0, timeZone),
    to: zonedInstant(addDays(query.to, 1), 0, timeZone),
  };
  const [busy, closures, days] = await Promise.all([
    findBusyRows(ctx.db, range),
    findClosureSlots(ctx.db, range),
    listDays(ctx, query.from, query.to),
  ]);
  return {
    room,
    days: days.map((d) =>
      roomDay({
        actor,
        room: row,
        date: d.date,
        workday: d.workday,
        busy,
        closures,
        bounds: {
          start: zonedInstant(d.date, 0, timeZone),
          end: zonedInstant(addDays(d.date, 1), 0, timeZone),
        },
      }),
    ),
  };
}
