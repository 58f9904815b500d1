import type {
  Availability,
  Booking,
  BookingList,
  CalendarFeed,
  CancelBookingInput,
  ChangeResult,
  ChangeScope,
  CheckInStatus,
  CreateBookingInput,
  CreateBookingResult,
  Equipment,
  MeetingRoom,
  PersonSummary,
  PersonSummaryList,
  PreviewResult,
  RoomSchedule,
  ServiceTask,
  UpdateBookingInput,
} from '@houqin/contracts';
import { api } from '../../lib/http';

const id = encodeURIComponent;

/** A colleague found by GET /api/people?q= (the attendee picker). */
export type PersonOption = PersonSummary;

export interface AvailabilityFilter {
  date: string;
  /** 'HH:MM'; with both, only rooms free for the whole window */
  from?: string;
  to?: string;
  minCapacity?: number;
  equipment?: Equipment[];
}

export function fetchAvailability(filter: AvailabilityFilter): Promise<Availability> {
  const query = new URLSearchParams({ date: filter.date });
  if (filter.from && filter.to) {
    query.set('from', filter.from);
    query.set('to', filter.to);
  }
  if (filter.minCapacity) query.set('minCapacity', String(filter.minCapacity));
  if (filter.equipment?.length) query.set('equipment', filter.equipment.join(','));
  return api<Availability>('GET', `/api/rooms/availability?${query}`);
}

export function fetchRoom(roomId: string): Promise<MeetingRoom> {
  return api<MeetingRoom>('GET', `/api/rooms/${id(roomId)}`);
}

export function fetchRoomSchedule(roomId: string, from: string, to: string): Promise<RoomSchedule> {
  const query = new URLSearchParams({ from, to });
  return api<RoomSchedule>('GET', `/api/rooms/${id(roomId)}/schedule?${query}`);
}

export async function searchPeople(q: string): Promise<PersonOption[]> {
  const list = await api<PersonSummaryList>('GET', `/api/people?${new URLSearchParams({ q })}`);
  return list.items;
}

export function previewBooking(input: CreateBookingInput): Promise<PreviewResult> {
  return api<PreviewResult>('POST', '/api/room-bookings/preview', input);
}

export function createBooking(input: CreateBookingInput): Promise<CreateBookingResult> {
  return api<CreateBookingResult>('POST', '/api/room-bookings', input);
}

export function fetchMyBookings(when: 'upcoming' | 'past'): Promise<BookingList> {
  return api<BookingList>('GET', `/api/room-bookings/mine?when=${when}`);
}

export function fetchPendingBookings(): Promise<BookingList> {
  return api<BookingList>('GET', '/api/room-bookings/pending');
}

export function fetchBooking(bookingId: string): Promise<Booking> {
  return api<Booking>('GET', `/api/room-bookings/${id(bookingId)}`);
}

export function cancelBooking(bookingId: string, input: CancelBookingInput): Promise<ChangeResult> {
  return api<ChangeResult>('POST', `/api/room-bookings/${id(bookingId)}/cancel`, input);
}

/** PATCH: title, notes, attendees, external count or time of this meeting, the following or the series. */
export function updateBooking(bookingId: string, input: UpdateBookingInput): Promise<ChangeResult> {
  return api<ChangeResult>('PATCH', `/api/room-bookings/${id(bookingId)}`, input);
}

export function endBooking(bookingId: string): Promise<Booking> {
  return api<Booking>('POST', `/api/room-bookings/${id(bookingId)}/end`);
}

export function approveBooking(
  bookingId: string,
  scope: Exclude<ChangeScope, 'following'>,
): Promise<ChangeResult> {
  return api<ChangeResult>('POST', `/api/room-bookings/${id(bookingId)}/approve`, { scope });
}

export function rejectBooking(
  bookingId: string,
  scope: Exclude<ChangeScope, 'following'>,
  reason: string,
): Promise<ChangeResult> {
  return api<ChangeResult>('POST', `/api/room-bookings/${id(bookingId)}/reject`, { scope, reason });
}

export function fetchCheckInStatus(roomId: string, token: string): Promise<CheckInStatus> {
  return api<CheckInStatus>('GET', `/api/rooms/${id(roomId)}/check-in?${new URLSearchParams({ t: token })}`);
}

export function checkIn(roomId: string, token: string): Promise<Booking> {
  return api<Booking>('POST', `/api/rooms/${id(roomId)}/check-in`, { token });
}

export function fetchServiceTasks(day: 'today' | 'tomorrow'): Promise<{ items: ServiceTask[] }> {
  return api<{ items: ServiceTask[] }>('GET', `/api/meeting-services/tasks?day=${day}`);
}

export function completeServiceTask(taskId: string): Promise<ServiceTask> {
  return api<ServiceTask>('POST', `/api/meeting-services/tasks/${id(taskId)}/done`);
}

export function fetchCalendarFeeds(): Promise<{ items: CalendarFeed[] }> {
  return api<{ items: CalendarFeed[] }>('GET', '/api/me/calendar-feeds');
}

export function createMyCalendarFeed(): Promise<CalendarFeed> {
  return api<CalendarFeed>('POST', '/api/me/calendar-feeds', { scope: 'me' });
}

export function revokeCalendarFeed(feedId: string): Promise<{ ok: true }> {
  return api<{ ok: true }>('DELETE', `/api/me/calendar-feeds/${id(feedId)}`);
}
