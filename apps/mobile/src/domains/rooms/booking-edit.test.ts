import type { Booking, BookingService } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import {
  doneServiceKinds,
  editFieldOf,
  editInitialValues,
  mayEditBooking,
  toUpdateInput,
} from './booking-edit';

const booking: Booking = {
  id: 'b1',
  seriesId: 's1',
  rrule: 'FREQ=WEEKLY;COUNT=4',
  room: { id: 'r1', name: '第2会议室', building: '行政中心A座', floor: '2F' },
  title: '周例会',
  notes: '带电脑',
  // 09:00–10:30 in Shanghai on 1 Dec; 01:00Z is still 30 Nov in St John's
  startsAt: '2026-12-01T01:00:00.000Z',
  endsAt: '2026-12-01T02:30:00.000Z',
  status: 'confirmed',
  booker: { id: 'u0', displayName: '陈静' },
  unit: { id: 'unit1', name: '办公室' },
  attendees: [
    { id: 'u1', displayName: '王芳' },
    { id: 'u2', displayName: '李强' },
  ],
  externalCount: 0,
  services: [],
  checkInRequired: false,
  checkedInAt: null,
  endedEarlyAt: null,
  holdExpiresAt: null,
  decisionReason: null,
  createdAt: '2026-11-20T01:00:00.000Z',
  mayManage: true,
  mayApprove: false,
};

describe('editInitialValues', () => {
  it('fills the form with the Shanghai date and times', () => {
    expect(editInitialValues(booking)).toMatchObject({
      title: '周例会',
      date: '2026-12-01',
      start: '09:00',
      end: '10:30',
      externalCount: '',
      notes: '带电脑',
    });
    expect(editInitialValues(booking).attendees.map((a) => a.id)).toEqual(['u1', 'u2']);
  });
});

describe('toUpdateInput', () => {
  const values = editInitialValues(booking);

  it('is null when nothing changed (attendees in another order included)', () => {
    expect(toUpdateInput(booking, values, 'series')).toBeNull();
    expect(
      toUpdateInput(
        booking,
        { ...values, attendees: [...values.attendees].reverse(), title: ' 周例会 ' },
        'this',
      ),
    ).toBeNull();
  });

  it('sends only the changed fields, with the scope', () => {
    expect(
      toUpdateInput(booking, { ...values, title: ' 周例会（改） ', externalCount: '3' }, 'following'),
    ).toEqual({ scope: 'following', title: '周例会（改）', externalCount: 3 });
    expect(toUpdateInput(booking, { ...values, attendees: values.attendees.slice(1) }, 'series')).toEqual({
      scope: 'series',
      attendeeIds: ['u2'],
    });
    expect(toUpdateInput(booking, { ...values, notes: '' }, 'this')).toEqual({ scope: 'this', notes: '' });
  });

  it('moves this meeting to another date and time', () => {
    expect(
      toUpdateInput(booking, { ...values, date: '2026-12-02', start: '14:00', end: '15:00' }, 'this'),
    ).toEqual({
      scope: 'this',
      startsAt: '2026-12-02T14:00:00+08:00',
      endsAt: '2026-12-02T15:00:00+08:00',
    });
  });

  it('for following/series sends the new times on the meeting’s own date, whatever the date field says', () => {
    expect(toUpdateInput(booking, { ...values, date: '2026-12-09', end: '11:00' }, 'series')).toEqual({
      scope: 'series',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:00:00+08:00',
    });
    expect(toUpdateInput(booking, { ...values, date: '2026-12-09' }, 'following')).toBeNull();
  });

  it('always says "this" for a meeting outside a series', () => {
    const single = { ...booking, seriesId: null, rrule: null };
    expect(toUpdateInput(single, { ...values, title: '专题会' }, 'series')).toEqual({
      scope: 'this',
      title: '专题会',
    });
  });
});

describe('services', () => {
  const task = (
    kind: BookingService['kind'],
    status: BookingService['status'],
    note = '',
  ): BookingService => ({
    id: `t-${kind}`,
    kind,
    note,
    dueAt: '2026-12-01T00:30:00.000Z',
    status,
    doneAt: status === 'done' ? '2026-12-01T00:20:00.000Z' : null,
    doneBy: status === 'done' ? { id: 'u9', displayName: '赵六' } : null,
  });
  // as the API lists them: by due time
  const withServices: Booking = {
    ...booking,
    services: [task('banner', 'cancelled'), task('name_cards', 'done'), task('tea', 'open', '12 杯')],
  };
  const values = editInitialValues(withServices);

  it('prefills the services still to do or done, in the field’s order, without the cancelled ones', () => {
    expect(values.services).toEqual([
      { kind: 'tea', note: '12 杯' },
      { kind: 'name_cards', note: '' },
    ]);
    expect(doneServiceKinds(withServices)).toEqual(['name_cards']);
    expect(editInitialValues(booking).services).toEqual([]);
  });

  it('sends no services when the selection and notes are as they were', () => {
    expect(toUpdateInput(withServices, values, 'this')).toBeNull();
    expect(
      toUpdateInput(
        withServices,
        {
          ...values,
          services: [
            { kind: 'name_cards', note: '' },
            { kind: 'tea', note: ' 12 杯 ' },
          ],
        },
        'this',
      ),
    ).toBeNull();
  });

  it('sends the whole list when a service is added, removed or its note changed', () => {
    expect(
      toUpdateInput(
        withServices,
        { ...values, services: [...values.services, { kind: 'av_setup', note: '' }] },
        'series',
      ),
    ).toEqual({
      scope: 'series',
      services: [{ kind: 'tea', note: '12 杯' }, { kind: 'name_cards' }, { kind: 'av_setup' }],
    });
    expect(
      toUpdateInput(withServices, { ...values, services: [{ kind: 'name_cards', note: '' }] }, 'following'),
    ).toEqual({ scope: 'following', services: [{ kind: 'name_cards' }] });
    expect(
      toUpdateInput(
        withServices,
        {
          ...values,
          services: [
            { kind: 'tea', note: ' 20 杯，加咖啡 ' },
            { kind: 'name_cards', note: '' },
          ],
        },
        'this',
      ),
    ).toEqual({ scope: 'this', services: [{ kind: 'tea', note: '20 杯，加咖啡' }, { kind: 'name_cards' }] });
  });

  it('adds tea to a meeting booked without services, along with another change', () => {
    expect(
      toUpdateInput(
        booking,
        { ...editInitialValues(booking), title: '周例会（扩大）', services: [{ kind: 'tea', note: '' }] },
        'this',
      ),
    ).toEqual({ scope: 'this', title: '周例会（扩大）', services: [{ kind: 'tea' }] });
  });
});

describe('mayEditBooking', () => {
  const before = new Date('2026-12-01T00:00:00Z');
  it('allows an active meeting of one’s own that has not started', () => {
    expect(mayEditBooking(booking, before)).toBe(true);
    expect(mayEditBooking({ ...booking, status: 'pending' }, before)).toBe(true);
  });
  it('refuses started, checked-in, cancelled or someone else’s meetings', () => {
    expect(mayEditBooking(booking, new Date('2026-12-01T01:00:00Z'))).toBe(false);
    expect(mayEditBooking({ ...booking, checkedInAt: '2026-11-30T23:55:00Z' }, before)).toBe(false);
    expect(mayEditBooking({ ...booking, status: 'cancelled' }, before)).toBe(false);
    expect(mayEditBooking({ ...booking, mayManage: false }, before)).toBe(false);
  });
});

describe('editFieldOf', () => {
  it('maps API paths to the form’s fields', () => {
    expect(editFieldOf('body.title')).toBe('title');
    expect(editFieldOf('body.endsAt')).toBe('end');
    expect(editFieldOf('attendeeIds.2')).toBe('attendees');
    expect(editFieldOf('body.services.1.kind')).toBe('services');
    expect(editFieldOf('body.scope')).toBeUndefined();
    expect(editFieldOf('body.toString')).toBeUndefined();
  });
});
