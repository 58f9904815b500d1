import type { MeetingServiceKind } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { defineNotificationType, notify } from '../../platform/notifications';
import { notices, serviceKindNames } from './booking-messages';

export const bookingNoticeTypes = {
  invited: defineNotificationType('room.booking_invited'),
  pending: defineNotificationType('room.booking_pending'),
  approved: defineNotificationType('room.booking_approved'),
  rejected: defineNotificationType('room.booking_rejected'),
  expired: defineNotificationType('room.booking_expired'),
  cancelled: defineNotificationType('room.booking_cancelled'),
  released: defineNotificationType('room.booking_released'),
  serviceTask: defineNotificationType('room.service_task'),
};

const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsFor(timeZone: string) {
  let f = formats.get(timeZone);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat('zh-CN', { timeZone, month: 'long', day: 'numeric', weekday: 'short' }),
      time: new Intl.DateTimeFormat('zh-CN', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    };
    formats.set(timeZone, f);
  }
  return f;
}

/** "12月1日周二 09:30–10:30" in the deployment zone. */
export function formatWhen(startsAt: Date, endsAt: Date, timeZone: string): string {
  const f = formatsFor(timeZone);
  return `${f.day.format(startsAt)} ${f.time.format(startsAt)}–${f.time.format(endsAt)}`;
}

export interface RoomNames {
  name: string;
  buildingName: string;
  floorName: string;
  approverIds: string[];
}

export const roomLabel = (room: Pick<RoomNames, 'name' | 'buildingName' | 'floorName'>) =>
  `${room.buildingName}${room.floorName} ${room.name}`;

const bookingLink = (id: string) => `/rooms/bookings/${id}`;

/** After a booking is made: attendees are invited, approvers asked, the service staff given tasks. */
export async function notifyBookingCreated(
  ctx: AppContext,
  tx: Executor,
  input: {
    actor: Actor;
    room: RoomNames;
    title: string;
    first: { id: string; startsAt: Date; endsAt: Date };
    occurrences: number;
    attendeeIds: string[];
    pending: boolean;
    services: MeetingServiceKind[];
  },
): Promise<void> {
  const zone = ctx.config.timeZone;
  const series = input.occurrences > 1 ? `（共 ${input.occurrences} 次）` : '';
  const when = formatWhen(input.first.startsAt, input.first.endsAt, zone) + series;
  const room = roomLabel(input.room);
  const link = bookingLink(input.first.id);
  if (input.attendeeIds.length) {
    await notify(ctx, tx, {
      to: { userIds: input.attendeeIds },
      type: bookingNoticeTypes.invited,
      ...notices.invited(input.title, when, room),
      link,
    });
  }
  if (input.pending) {
    const to = input.room.approverIds.length
      ? { userIds: input.room.approverIds }
      : { role: 'room_admin' as const };
    await notify(ctx, tx, {
      to,
      type: bookingNoticeTypes.pending,
      ...notices.pending(input.title, when, room, input.actor.displayName),
      link: '/admin/meeting-rooms/approvals',
    });
  }
  await notifyServicesAdded(ctx, tx, input);
}

/**
 * The service staff are given tasks: the services of a booking just made, or those an edit added
 * (new, or wanted again after being removed), for its first occurrence concerned and their number.
 */
export async function notifyServicesAdded(
  ctx: AppContext,
  tx: Executor,
  input: {
    room: Pick<RoomNames, 'name' | 'buildingName' | 'floorName'>;
    title: string;
    first: { startsAt: Date; endsAt: Date };
    occurrences: number;
    services: MeetingServiceKind[];
  },
): Promise<void> {
  if (input.services.length === 0) return;
  const series = input.occurrences > 1 ? `（共 ${input.occurrences} 次）` : '';
  const when = formatWhen(input.first.startsAt, input.first.endsAt, ctx.config.timeZone) + series;
  const kinds = input.services.map((k) => serviceKindNames[k]).join('、');
  await notify(ctx, tx, {
    to: { role: 'room_admin' },
    type: bookingNoticeTypes.serviceTask,
    ...notices.services(input.title, when, roomLabel(input.room), kinds),
    link: '/rooms/tasks',
  });
}

/** One notice to the people of a booking about what happened to it. */
export async function notifyBookingParties(
  ctx: AppContext,
  tx: Executor,
  input: {
    userIds: string[];
    type: string;
    text: { title: string; body: string };
    bookingId: string;
  },
): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return;
  await notify(ctx, tx, {
    to: { userIds },
    type: input.type,
    ...input.text,
    link: bookingLink(input.bookingId),
  });
}
