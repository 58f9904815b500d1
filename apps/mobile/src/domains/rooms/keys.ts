import type { AvailabilityFilter } from './api';

/** Every meeting-room query starts with 'rooms', so a booking change can refresh them all at once. */
export const roomKeys = {
  all: ['rooms'] as const,
  availability: (filter: AvailabilityFilter) => ['rooms', 'availability', filter] as const,
  room: (roomId: string) => ['rooms', 'room', roomId] as const,
  schedule: (roomId: string, from: string, to: string) => ['rooms', 'schedule', roomId, from, to] as const,
  bookings: ['rooms', 'bookings'] as const,
  mine: (when: 'upcoming' | 'past') => ['rooms', 'bookings', 'mine', when] as const,
  pending: ['rooms', 'bookings', 'pending'] as const,
  booking: (bookingId: string) => ['rooms', 'bookings', 'one', bookingId] as const,
  checkIn: (roomId: string, token: string) => ['rooms', 'check-in', roomId, token] as const,
  tasks: (day: 'today' | 'tomorrow') => ['rooms', 'tasks', day] as const,
  feeds: ['rooms', 'feeds'] as const,
  people: (q: string) => ['rooms', 'people', q] as const,
};
