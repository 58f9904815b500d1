import type { RoomStats, RoomStatsQuery } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import { listDays } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import type { Locale } from '../../platform/i18n';
import { addDays, daysBetween, zonedInstant } from '../../platform/zoned-time';
import { assertCanReadRoomStatistics } from './policy';
import { fieldError } from './room-messages';
import { findMeetingRoomRows } from './rooms-repository';
import {
  countNoShowsByUnit,
  sumBookedHoursByRoom,
  sumBookedHoursByUnit,
  sumBookedHoursByWeekdayHour,
} from './statistics-repository';

/** A statistics range spans at most this many days. */
export const MAX_STATS_DAYS = 366;
/** The busiest units shown. */
const BUSIEST_UNITS = 10;

const hours = (n: number) => Math.round(n * 100) / 100;
/** booked / open, 0–1 (booking rules keep meetings inside open hours; the cap guards edited policies) */
const ratio = (part: number, whole: number) =>
  whole > 0 ? Math.min(1, Math.round((part / whole) * 10_000) / 10_000) : 0;

/**
 * Utilization by room and building (booked hours / open hours: the open window on each open day of
 * the range), no-show rate by unit, the weekday × hour heatmap of booked hours in the deployment
 * zone, and the busiest units. Rooms that are not bookable are included only when they were used.
 */
export async function getRoomStatistics(
  ctx: AppContext,
  caller: Caller,
  query: RoomStatsQuery,
  locale: Locale = 'zh-CN',
): Promise<RoomStats> {
  assertCanReadRoomStatistics(caller);
  const span = daysBetween(query.from, query.to) + 1;
  if (span < 1) throw fieldError('query.to', 'rangeReversed', locale);
  if (span > MAX_STATS_DAYS) throw fieldError('query.to', 'rangeTooLong', locale, String(MAX_STATS_DAYS));
  const timeZone = ctx.config.timeZone;
  const range = {
    from: zonedInstant(query.from, 0, timeZone),
    to: zonedInstant(addDays(query.to, 1), 0, timeZone),
    timeZone,
  };
  const rooms = await findMeetingRoomRows(ctx.db, { includeUnbookable: true });
  const days = await listDays(ctx, query.from, query.to);
  const byRoom = await sumBookedHoursByRoom(ctx.db, range);
  const byUnit = await sumBookedHoursByUnit(ctx.db, range);
  const heat = await sumBookedHoursByWeekdayHour(ctx.db, range);
  const noShows = await countNoShowsByUnit(ctx.db, { ...range, now: ctx.clock.now() });

  const workdays = days.filter((d) => d.workday).length;
  const booked = new Map(byRoom.map((r) => [r.roomId, Number(r.hours)]));
  const roomStats = rooms
    .filter((r) => (r.bookable && r.active) || booked.has(r.roomId))
    .map((r) => {
      const openDays = r.workdaysOnly ? workdays : days.length;
      const open = (openDays * (r.openToMinute - r.openFromMinute)) / 60;
      const used = booked.get(r.roomId) ?? 0;
      return {
        roomId: r.roomId,
        name: r.name,
        building: r.buildingName,
        buildingId: r.buildingId,
        bookedHours: hours(used),
        openHours: hours(open),
        utilization: ratio(used, open),
      };
    });

  const buildings = new Map<string, { buildingId: string; name: string; booked: number; open: number }>();
  for (const r of roomStats) {
    const b = buildings.get(r.buildingId) ?? {
      buildingId: r.buildingId,
      name: r.building,
      booked: 0,
      open: 0,
    };
    b.booked += r.bookedHours;
    b.open += r.openHours;
    buildings.set(r.buildingId, b);
  }

  return {
    from: query.from,
    to: query.to,
    rooms: roomStats.map(({ buildingId: _, ...r }) => r),
    buildings: [...buildings.values()].map((b) => ({
      buildingId: b.buildingId,
      name: b.name,
      bookedHours: hours(b.booked),
      openHours: hours(b.open),
      utilization: ratio(b.booked, b.open),
    })),
    noShows: noShows
      .map((u) => ({ ...u, rate: ratio(u.noShows, u.checkInBookings) }))
      .sort(
        (a, b) => b.rate - a.rate || b.noShows - a.noShows || a.unitName.localeCompare(b.unitName, 'zh-CN'),
      ),
    heatmap: heat.map((h) => ({ weekday: h.weekday, hour: h.hour, hours: hours(Number(h.hours)) })),
    busiestUnits: byUnit.slice(0, BUSIEST_UNITS).map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      bookings: u.bookings,
      hours: hours(Number(u.hours)),
    })),
  };
}
