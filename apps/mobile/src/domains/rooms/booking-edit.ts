import {
  type Booking,
  type ChangeScope,
  type MeetingServiceKind,
  meetingServiceKinds,
  type UpdateBookingInput,
} from '@houqin/contracts';
import { shanghaiDate, shanghaiIso, shanghaiTime } from '../../lib/zoned';
import type { PersonOption } from './api';
import type { ServiceChoice } from './services-field';

/** The edit form's values: what PATCH /api/room-bookings/:id can change. */
export interface EditFormValues {
  title: string;
  /** used for scope 'this' only: a series keeps each meeting's own date */
  date: string;
  start: string;
  end: string;
  attendees: PersonOption[];
  externalCount: string;
  notes: string;
  /** the services wanted: those still to do or already done, and any added */
  services: ServiceChoice[];
}

/** Set by the detail page's 修改 button: saving goes back to it instead of adding it to the history again. */
export interface EditLocationState {
  fromDetail?: boolean;
}

/** Whether the caller may still edit the meeting: theirs to manage, active, not started or checked in. */
export function mayEditBooking(booking: Booking, now: Date): boolean {
  return (
    booking.mayManage &&
    (booking.status === 'pending' || booking.status === 'confirmed') &&
    Date.parse(booking.startsAt) > now.getTime() &&
    booking.checkedInAt === null
  );
}

/** The form filled with the meeting as it is (times in Shanghai). */
export function editInitialValues(booking: Booking): EditFormValues {
  return {
    title: booking.title,
    date: shanghaiDate(booking.startsAt),
    start: shanghaiTime(booking.startsAt),
    end: shanghaiTime(booking.endsAt),
    // the picker shows names only; a booking's attendees carry no unit
    attendees: booking.attendees.map((a) => ({ id: a.id, displayName: a.displayName, unitName: '' })),
    externalCount: booking.externalCount > 0 ? String(booking.externalCount) : '',
    notes: booking.notes,
    services: meetingServiceKinds.flatMap((kind) => {
      const task = booking.services.find((s) => s.kind === kind && s.status !== 'cancelled');
      return task ? [{ kind, note: task.note }] : [];
    }),
  };
}

/** The services already done: they stay done whatever the edit says, so the form shows them locked. */
export function doneServiceKinds(booking: Booking): MeetingServiceKind[] {
  return booking.services.filter((s) => s.status === 'done').map((s) => s.kind);
}

/** The services as [kind, note] in kind order: two selections are the same when these are. */
const serviceKey = (services: readonly ServiceChoice[]) =>
  JSON.stringify(services.map((s) => [s.kind, s.note.trim()]).sort());

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/**
 * The PATCH body for what was changed, or null when nothing was. Only changed fields are sent, so a
 * series edit of the title does not overwrite each meeting's own attendees or services. A new time is sent as
 * +08:00 instants; for 'following' and 'series' on the meeting's own date (the server applies the
 * wall-clock start and the length to each meeting's date).
 */
export function toUpdateInput(
  booking: Booking,
  values: EditFormValues,
  scope: ChangeScope,
): UpdateBookingInput | null {
  const before = editInitialValues(booking);
  const input: UpdateBookingInput = { scope: booking.seriesId ? scope : 'this' };
  let changed = false;

  const title = values.title.trim();
  if (title !== booking.title) {
    input.title = title;
    changed = true;
  }
  const notes = values.notes.trim();
  if (notes !== booking.notes) {
    input.notes = notes;
    changed = true;
  }
  const externalCount = Number(values.externalCount) || 0;
  if (externalCount !== booking.externalCount) {
    input.externalCount = externalCount;
    changed = true;
  }
  const attendeeIds = values.attendees.map((p) => p.id);
  if (
    !sameIds(
      attendeeIds,
      before.attendees.map((p) => p.id),
    )
  ) {
    input.attendeeIds = attendeeIds;
    changed = true;
  }
  if (serviceKey(values.services) !== serviceKey(before.services)) {
    // the whole list: a service left out is cancelled
    input.services = values.services.map((s) =>
      s.note.trim() ? { kind: s.kind, note: s.note.trim() } : { kind: s.kind },
    );
    changed = true;
  }

  const date = input.scope === 'this' ? values.date : before.date;
  if (date !== before.date || values.start !== before.start || values.end !== before.end) {
    input.startsAt = shanghaiIso(date, values.start);
    input.endsAt = shanghaiIso(date, values.end);
    changed = true;
  }
  return changed ? input : null;
}

const FIELD_OF_API_FIELD: Record<string, keyof EditFormValues> = {
  title: 'title',
  notes: 'notes',
  externalCount: 'externalCount',
  attendeeIds: 'attendees',
  startsAt: 'start',
  endsAt: 'end',
  services: 'services',
};

/** The API fields the edit form shows errors for. */
export const EDIT_API_FIELDS = Object.keys(FIELD_OF_API_FIELD);

/**
 * Where an API issue's path (after "body.") belongs in the form: `attendeeIds.2` (one unknown
 * person) is the attendee picker, `services.1.note` the services; undefined when it names no field
 * of the form.
 */
export function editFieldOf(apiPath: string): keyof EditFormValues | undefined {
  const root = apiPath.replace(/^body\./, '').split('.')[0] ?? '';
  return Object.hasOwn(FIELD_OF_API_FIELD, root) ? FIELD_OF_API_FIELD[root] : undefined;
}
