import { describe, expect, it } from 'vitest';
import { type BookingFormValues, toBookingInput } from './booking-input';
import { noRecurrence } from './rrule';

const values: BookingFormValues = {
  title: '  周例会 ',
  date: '2026-11-30',
  start: '09:00',
  end: '10:30',
  attendees: [{ id: 'u1', displayName: '王芳', unitName: '办公室' }],
  externalCount: '2',
  notes: '',
  services: [
    { kind: 'tea', note: ' 10 杯 ' },
    { kind: 'name_cards', note: '' },
  ],
  recurrence: { ...noRecurrence, skipNonWorkdays: true },
};

describe('toBookingInput', () => {
  it('sends a single meeting with Shanghai times and no rule', () => {
    expect(toBookingInput('room-1', values, false)).toEqual({
      roomId: 'room-1',
      title: '周例会',
      startsAt: '2026-11-30T09:00:00+08:00',
      endsAt: '2026-11-30T10:30:00+08:00',
      skipNonWorkdays: false,
      skipConflicts: false,
      attendeeIds: ['u1'],
      externalCount: 2,
      notes: '',
      services: [{ kind: 'tea', note: '10 杯' }, { kind: 'name_cards' }],
    });
  });

  it('sends a series with its RRULE, the non-workday choice and skipConflicts', () => {
    const input = toBookingInput(
      'room-1',
      {
        ...values,
        recurrence: { ...values.recurrence, frequency: 'weekly', weekdays: ['MO', 'WE'], count: 10 },
      },
      true,
    );
    expect(input).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10',
      skipNonWorkdays: true,
      skipConflicts: true,
    });
  });
});
