/** The meeting-room pages' addresses. */
export const ROOMS_PATH = '/rooms';
export const MY_BOOKINGS_PATH = '/rooms/mine';
export const SERVICE_TASKS_PATH = '/rooms/tasks';
export const APPROVALS_PATH = '/rooms/approvals';
export const CALENDAR_FEED_PATH = '/me/calendar';

export const roomPath = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`;
export const bookingPath = (bookingId: string) => `/rooms/bookings/${encodeURIComponent(bookingId)}`;
export const editBookingPath = (bookingId: string) => `${bookingPath(bookingId)}/edit`;

/** The booking form for a room, with the start and end (ISO 8601 with offset) filled in. */
export function bookPath(roomId: string, startsAt?: string, endsAt?: string): string {
  const query = new URLSearchParams();
  if (startsAt) query.set('start', startsAt);
  if (endsAt) query.set('end', endsAt);
  const search = query.toString();
  return `/rooms/${encodeURIComponent(roomId)}/book${search ? `?${search}` : ''}`;
}
