import type { CreateBookingInput } from '@houqin/contracts';
import { shanghaiIso } from '../../lib/zoned';
import type { PersonOption } from './api';
import type { RecurrenceValue } from './recurrence-field';
import { buildRrule } from './rrule';
import type { ServiceChoice } from './services-field';

/** The booking form's values. */
export interface BookingFormValues {
  title: string;
  date: string;
  start: string;
  end: string;
  attendees: PersonOption[];
  externalCount: string;
  notes: string;
  services: ServiceChoice[];
  recurrence: RecurrenceValue;
}

/** The API's body for the form's values: times in Shanghai, the RRULE built from the recurrence. */
export function toBookingInput(
  roomId: string,
  values: BookingFormValues,
  skipConflicts: boolean,
): CreateBookingInput {
  const rrule = buildRrule(values.recurrence, values.date);
  return {
    roomId,
    title: values.title.trim(),
    startsAt: shanghaiIso(values.date, values.start),
    endsAt: shanghaiIso(values.date, values.end),
    ...(rrule ? { rrule, skipNonWorkdays: values.recurrence.skipNonWorkdays } : { skipNonWorkdays: false }),
    skipConflicts,
    attendeeIds: values.attendees.map((p) => p.id),
    externalCount: Number(values.externalCount) || 0,
    notes: values.notes.trim(),
    services: values.services.map((s) =>
      s.note.trim() ? { kind: s.kind, note: s.note.trim() } : { kind: s.kind },
    ),
  };
}

/** Where an API issue's path (after "body.") belongs in the form. */
export const FORM_FIELD_OF_API_FIELD: Record<string, keyof BookingFormValues> = {
  title: 'title',
  startsAt: 'start',
  endsAt: 'end',
  attendeeIds: 'attendees',
  externalCount: 'externalCount',
  notes: 'notes',
  rrule: 'recurrence',
  services: 'services',
};
