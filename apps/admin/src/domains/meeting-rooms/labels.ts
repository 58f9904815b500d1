import type { BookingStatus } from '@houqin/contracts';
import type { Tone } from '../../components/StatusTag';

/** Booking status colours, as on every list: pending orange, confirmed green, the rest grey or red. */
export const bookingStatusTone: Record<BookingStatus, Tone> = {
  pending: 'warning',
  confirmed: 'success',
  cancelled: 'neutral',
  rejected: 'danger',
  released: 'neutral',
  expired: 'neutral',
};

/** `A座 · 3F · 301` */
export const roomPlace = (room: { building: string; floor: string; number?: string }) =>
  [room.building, room.floor, room.number].filter(Boolean).join(' · ');
