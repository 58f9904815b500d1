import type { CreateBookingInput } from '@houqin/contracts';
import type { Actor } from '../../platform/auth/actor';
import { isWorkday } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { addDays, dateIn, zonedInstant } from '../../platform/zoned-time';
import { bookingFieldError } from './booking-messages';
import type { Interval } from './booking-rules';
import { mayBookRoom } from './policy';
import { expandRule } from './recurrence';
import { findMeetingRoomRow, type MeetingRoomRow } from './rooms-repository';

/** What a booking request expands to, before any check against other bookings. */
export interface BookingPlan {
  room: MeetingRoomRow;
  slots: Interval[];
  /** occurrences left out because they fall on non-workdays (skipNonWorkdays) */
  nonWorkdays: Interval[];
}

/** Occurrences are expanded at most this far: a rule without an end stops at the room's horizon. */
const PREVIEW_YEARS = 2;

/**
 * Reads the room and turns the request into occurrences: the times are whole minutes, the end
 * after the start, the length within the room's limits; the RRULE expands from startsAt in the
 * deployment zone. Refusals name the field.
 */
export async function planBooking(
  ctx: AppContext,
  actor: Actor,
  input: PlanInput,
  locale: Locale,
): Promise<BookingPlan> {
  return planForRoom(ctx, actor, await findMeetingRoomRow(ctx.db, input.roomId), input, locale);
}

type PlanInput = Pick<CreateBookingInput, 'roomId' | 'startsAt' | 'endsAt' | 'rrule' | 'skipNonWorkdays'>;

/** The same, for a room already read (the booking reads it locked, inside its transaction). */
async function planForRoom(
  ctx: AppContext,
  actor: Actor,
  room: MeetingRoomRow | undefined,
  input: PlanInput,
  locale: Locale,
): Promise<BookingPlan> {
  if (!room) throw notFound('meeting_room');
  if (!room.bookable || !room.active) throw new AppError('ROOM_NOT_BOOKABLE');
  if (!mayBookRoom(actor, room)) throw new AppError('ROOM_BOOKING_NOT_ALLOWED');

  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (startsAt.getTime() % 60_000 !== 0) throw bookingFieldError(locale, 'body.startsAt', 'wholeMinutes');
  if (endsAt.getTime() % 60_000 !== 0) throw bookingFieldError(locale, 'body.endsAt', 'wholeMinutes');
  if (endsAt <= startsAt) throw bookingFieldError(locale, 'body.endsAt', 'endBeforeStart');
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes < room.minMinutes || minutes > room.maxMinutes) {
    throw new AppError(
      'BOOKING_DURATION_INVALID',
      { minMinutes: room.minMinutes, maxMinutes: room.maxMinutes },
      [{ path: 'body.endsAt', message: 'BOOKING_DURATION_INVALID' }],
    );
  }

  const durationMs = endsAt.getTime() - startsAt.getTime();
  let starts = [startsAt];
  if (input.rrule) {
    const zone = ctx.config.timeZone;
    const today = dateIn(ctx.clock.now(), zone);
    const horizonDate = addDays(today, room.maxDaysAhead + 1);
    const latest = addDays(dateIn(startsAt, zone), PREVIEW_YEARS * 366);
    const horizon = zonedInstant(horizonDate < dateIn(startsAt, zone) ? latest : horizonDate, 0, zone);
    const expanded = expandRule(input.rrule, startsAt, zone, { horizon });
    if (!expanded.ok) throw bookingFieldError(locale, 'body.rrule', expanded.error);
    starts = expanded.starts;
  }
  const slots: Interval[] = [];
  const nonWorkdays: Interval[] = [];
  for (const start of starts) {
    const slot = { startsAt: start, endsAt: new Date(start.getTime() + durationMs) };
    if (input.skipNonWorkdays && !(await isWorkday(ctx, dateIn(start, ctx.config.timeZone))))
      nonWorkdays.push(slot);
    else slots.push(slot);
  }
  return { room, slots, nonWorkdays };
}
