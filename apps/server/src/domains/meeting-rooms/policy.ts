import type { Role } from '@houqin/contracts';
import { type Actor, type Caller, hasRole, requireRole } from '../../platform/auth/actor';

/**
 * Who may do what with meeting rooms.
 * - room_admin, logistics_admin, sysadmin manage rooms, closures and every booking.
 * - A room's named approvers (or, when it names none, the room administrators) decide its pending bookings.
 * - Booking a room: its scope (everyone / listed units / listed roles); managers may always book.
 * - A booked slot shows its unit to everyone; its title only to the booker, attendees, those who
 *   manage or approve the room, and the admin of the booker's unit.
 */

export const ROOM_MANAGER_ROLES: Role[] = ['room_admin', 'logistics_admin', 'sysadmin'];

export const isRoomManager = (actor: Actor): boolean => hasRole(actor, ...ROOM_MANAGER_ROLES);

export const assertCanManageMeetingRooms = (caller: Caller): Actor =>
  requireRole(caller, ...ROOM_MANAGER_ROLES);

/** 会务 tasks are done by the meeting-room staff. */
export const assertCanDoServiceTasks = (caller: Caller): Actor => requireRole(caller, ...ROOM_MANAGER_ROLES);

/** Statistics: the managers and the auditor (read-only). */
export const assertCanReadRoomStatistics = (caller: Caller): Actor =>
  requireRole(caller, ...ROOM_MANAGER_ROLES, 'auditor');

export interface RoomAccess {
  bookingScope: 'everyone' | 'units' | 'roles';
  allowedUnitIds: string[];
  allowedRoles: string[];
  /** named approvers; empty means the room managers approve */
  approverIds: string[];
}

export function mayBookRoom(actor: Actor, room: RoomAccess): boolean {
  if (isRoomManager(actor)) return true;
  if (room.bookingScope === 'everyone') return true;
  if (room.bookingScope === 'units') return room.allowedUnitIds.includes(actor.unitId);
  return actor.roles.some((r) => room.allowedRoles.includes(r));
}

export function mayApproveRoom(actor: Actor, room: Pick<RoomAccess, 'approverIds'>): boolean {
  if (room.approverIds.length > 0) return room.approverIds.includes(actor.id) || hasRole(actor, 'sysadmin');
  return isRoomManager(actor);
}

export interface BookingParties {
  bookerId: string;
  unitId: string;
  attendeeIds: readonly string[];
}

/** The booker or a room manager may change or cancel a booking. */
export const mayManageBooking = (actor: Actor, booking: BookingParties): boolean =>
  booking.bookerId === actor.id || isRoomManager(actor);

export function maySeeBookingTitle(
  actor: Actor,
  booking: BookingParties,
  room: Pick<RoomAccess, 'approverIds'>,
): boolean {
  if (booking.bookerId === actor.id || booking.attendeeIds.includes(actor.id)) return true;
  if (isRoomManager(actor) || hasRole(actor, 'auditor') || room.approverIds.includes(actor.id)) return true;
  return hasRole(actor, 'unit_admin') && actor.unitId === booking.unitId;
}

/** Reading one booking in full: the parties, the managers and approvers, the auditor. */
export const mayReadBooking = maySeeBookingTitle;
