import { describe, expect, it } from 'vitest';
import { bookingProblems, previewSummary } from './booking-problems';

const at = (h: string) => `2026-11-27T${h}:00+08:00`;

describe('bookingProblems', () => {
  it('lists the conflicting slots of a 409', () => {
    const err = {
      code: 'ROOM_CONFLICT',
      details: { conflicts: [{ startsAt: at('09:00'), endsAt: at('10:00') }, { nonsense: true }] },
    };
    expect(bookingProblems(err)).toEqual({
      kind: 'conflict',
      slots: [{ startsAt: at('09:00'), endsAt: at('10:00'), status: 'conflict' }],
    });
  });

  it('keeps the refused occurrences of a 422 with their reasons', () => {
    const err = {
      code: 'BOOKING_RULES_VIOLATED',
      details: {
        occurrences: [
          { startsAt: at('09:00'), endsAt: at('10:00'), status: 'free' },
          { startsAt: at('11:00'), endsAt: at('12:00'), status: 'non_workday' },
          { startsAt: at('13:00'), endsAt: at('14:00'), status: 'something_new' },
        ],
      },
    };
    expect(bookingProblems(err)).toEqual({
      kind: 'rules',
      slots: [
        { startsAt: at('11:00'), endsAt: at('12:00'), status: 'non_workday' },
        { startsAt: at('13:00'), endsAt: at('14:00'), status: 'conflict' },
      ],
    });
  });

  it('is null for other errors and non-errors, and empty when details are missing', () => {
    expect(bookingProblems({ code: 'VALIDATION_FAILED', details: {} })).toBeNull();
    expect(bookingProblems(new Error('x'))).toBeNull();
    expect(bookingProblems(null)).toBeNull();
    expect(bookingProblems({ code: 'ROOM_CONFLICT', details: {} })).toEqual({ kind: 'conflict', slots: [] });
  });
});

describe('previewSummary', () => {
  it('counts bookable and refused occurrences', () => {
    expect(previewSummary([{ status: 'free' }, { status: 'conflict' }, { status: 'past' }])).toEqual({
      free: 1,
      blocked: 2,
    });
  });
});
