import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { roleSchema } from './roles';

/** 会议室: meeting rooms are spaces (rooms) with booking settings, and their availability; bookings are in room-bookings.ts. */

export const equipmentKinds = [
  'projector',
  'screen',
  'video_conference',
  'microphone',
  'whiteboard',
  'sound_system',
] as const;
export const equipmentSchema = z.enum(equipmentKinds);
export type Equipment = z.infer<typeof equipmentSchema>;

/** 会务服务: 茶水, 席卡, 音响/投影, 会标 — each becomes a task for the service staff. */
export const meetingServiceKinds = ['tea', 'name_cards', 'av_setup', 'banner'] as const;
export const meetingServiceKindSchema = z.enum(meetingServiceKinds);
export type MeetingServiceKind = z.infer<typeof meetingServiceKindSchema>;

/** pending and confirmed hold the slot; the others free it. */
export const bookingStatuses = [
  'pending',
  'confirmed',
  'cancelled',
  'rejected',
  'released',
  'expired',
] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** Why an occurrence can or cannot be booked (preview, and the refusal of a series). */
export const slotStatuses = [
  'free',
  'conflict',
  'closed',
  'outside_hours',
  'non_workday',
  'past',
  'too_soon',
  'too_far_ahead',
] as const;
export const slotStatusSchema = z.enum(slotStatuses);
export type SlotStatus = z.infer<typeof slotStatusSchema>;

export const bookingScopes = ['everyone', 'units', 'roles'] as const;
export const bookingScopeSchema = z.enum(bookingScopes);
export type BookingScope = z.infer<typeof bookingScopeSchema>;

/** 'HH:MM' on a 5-minute grid, 00:00–24:00 */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/)
  .refine((v) => Number(v.slice(3)) % 5 === 0, { message: 'minutes on a 5-minute grid' });

export const personRefSchema = z.object({ id: z.string(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

// ---- rooms and their policies ----

export const meetingRoomSettingsShape = {
  capacity: z.number().int().min(1).max(2000),
  equipment: z.array(equipmentSchema).max(equipmentKinds.length),
  bookable: z.boolean(),
  /** open hours on open days, in the deployment zone */
  openFrom: timeOfDaySchema,
  openTo: timeOfDaySchema,
  /** open only on official workdays (调休 Saturdays included, holidays excluded) */
  workdaysOnly: z.boolean(),
  requiresApproval: z.boolean(),
  /** who approves; empty = room administrators */
  approverIds: z.array(idSchema).max(20),
  bookingScope: bookingScopeSchema,
  allowedUnitIds: z.array(idSchema).max(200),
  allowedRoles: z.array(roleSchema).max(20),
  minMinutes: z.number().int().min(5).max(1440),
  maxMinutes: z.number().int().min(5).max(1440),
  maxDaysAhead: z.number().int().min(0).max(730),
  minNoticeMinutes: z.number().int().min(0).max(10_080),
  bufferMinutes: z.number().int().min(0).max(240),
  checkInRequired: z.boolean(),
  /** check-in opens this many minutes before the start */
  checkInOpensMinutes: z.number().int().min(0).max(120),
  /** a booking not checked in this many minutes after its start is released */
  noShowMinutes: z.number().int().min(5).max(240),
  /** hours per ISO week one person may hold in this room; null = no quota */
  quotaHoursPerWeek: z.number().int().min(1).max(168).nullable(),
  /** a pending booking holds its slot this long, then expires */
  pendingHoldHours: z.number().int().min(1).max(720),
  photoFileIds: z.array(idSchema).max(6),
};

export const meetingRoomSettingsInputSchema = z
  .strictObject(meetingRoomSettingsShape)
  .refine((s) => s.openFrom < s.openTo, { path: ['openTo'], message: 'must be after openFrom' })
  .refine((s) => s.minMinutes <= s.maxMinutes, { path: ['maxMinutes'], message: 'must be ≥ minMinutes' });
export type MeetingRoomSettingsInput = z.infer<typeof meetingRoomSettingsInputSchema>;

/** The defaults a new meeting room starts with (the console form's initial values). */
export const defaultMeetingRoomSettings: MeetingRoomSettingsInput = {
  capacity: 10,
  equipment: [],
  bookable: true,
  openFrom: '08:00',
  openTo: '18:00',
  workdaysOnly: true,
  requiresApproval: false,
  approverIds: [],
  bookingScope: 'everyone',
  allowedUnitIds: [],
  allowedRoles: [],
  minMinutes: 15,
  maxMinutes: 480,
  maxDaysAhead: 30,
  minNoticeMinutes: 0,
  bufferMinutes: 0,
  checkInRequired: false,
  checkInOpensMinutes: 10,
  noShowMinutes: 15,
  quotaHoursPerWeek: null,
  pendingHoldHours: 48,
  photoFileIds: [],
};

export const meetingRoomSchema = z.object({
  id: z.string(),
  name: z.string(),
  number: z.string(),
  buildingId: z.string(),
  building: z.string(),
  floorId: z.string(),
  floor: z.string(),
  floorLevel: z.number().int(),
  capacity: z.number().int(),
  equipment: z.array(equipmentSchema),
  bookable: z.boolean(),
  openFrom: z.string(),
  openTo: z.string(),
  workdaysOnly: z.boolean(),
  requiresApproval: z.boolean(),
  approvers: z.array(personRefSchema),
  bookingScope: bookingScopeSchema,
  allowedUnitIds: z.array(z.string()),
  allowedRoles: z.array(roleSchema),
  minMinutes: z.number().int(),
  maxMinutes: z.number().int(),
  maxDaysAhead: z.number().int(),
  minNoticeMinutes: z.number().int(),
  bufferMinutes: z.number().int(),
  checkInRequired: z.boolean(),
  checkInOpensMinutes: z.number().int(),
  noShowMinutes: z.number().int(),
  quotaHoursPerWeek: z.number().int().nullable(),
  pendingHoldHours: z.number().int(),
  photos: z.array(z.object({ id: z.string(), url: z.string(), thumbnailUrl: z.string().nullable() })),
  /** whether the caller may book it (booking scope) */
  mayBook: z.boolean(),
});
export type MeetingRoom = z.infer<typeof meetingRoomSchema>;
export const meetingRoomListSchema = z.object({ items: z.array(meetingRoomSchema) });

/**
 * What the finder and the day timeline show of a room: where it is, what it seats and has, its
 * 需审批/需签到 badges and whether the caller may book it. The rules and photos are in GET /api/rooms/{id}.
 */
export const roomSummarySchema = meetingRoomSchema.pick({
  id: true,
  name: true,
  number: true,
  buildingId: true,
  building: true,
  floorId: true,
  floor: true,
  floorLevel: true,
  capacity: true,
  equipment: true,
  requiresApproval: true,
  checkInRequired: true,
  mayBook: true,
});
export type RoomSummary = z.infer<typeof roomSummarySchema>;
export type MeetingRoomList = z.infer<typeof meetingRoomListSchema>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? (v === '' ? [] : v.split(',')) : v), z.array(item).max(20));

export const listMeetingRoomsQuerySchema = z.strictObject({
  buildingId: idSchema.optional(),
  minCapacity: z.coerce.number().int().min(1).max(2000).optional(),
  equipment: csv(equipmentSchema).optional(),
  /** include rooms that are not bookable (console) */
  all: z.enum(['true', 'false']).optional(),
});
export type ListMeetingRoomsQuery = z.infer<typeof listMeetingRoomsQuerySchema>;

// ---- availability (find a room, day timeline, a room's week) ----

export const busySlotSchema = z.object({
  bookingId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** end of the buffer after the meeting (= endsAt without a buffer) */
  blockedUntil: z.string(),
  status: z.enum(['pending', 'confirmed']),
  unitName: z.string(),
  /** only for those allowed to see it (booker, attendees, approvers, room admins, the unit's admin) */
  title: z.string().nullable(),
  mine: z.boolean(),
});
export type BusySlot = z.infer<typeof busySlotSchema>;

export const closureSlotSchema = z.object({ startsAt: z.string(), endsAt: z.string(), reason: z.string() });

export const roomDaySchema = z.object({
  date: z.string(),
  /** open window that day, null when the room is not open (non-workday) */
  openFrom: z.string().nullable(),
  openTo: z.string().nullable(),
  busy: z.array(busySlotSchema),
  closures: z.array(closureSlotSchema),
});
export type RoomDay = z.infer<typeof roomDaySchema>;

export const availabilityQuerySchema = z.strictObject({
  date: isoDateSchema,
  buildingId: idSchema.optional(),
  minCapacity: z.coerce.number().int().min(1).max(2000).optional(),
  equipment: csv(equipmentSchema).optional(),
  /** only rooms free for this whole window ('HH:MM') */
  from: timeOfDaySchema.optional(),
  to: timeOfDaySchema.optional(),
});
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

export const availabilitySchema = z.object({
  date: z.string(),
  rooms: z.array(
    z.object({
      room: roomSummarySchema,
      day: roomDaySchema,
    }),
  ),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const roomScheduleQuerySchema = z.strictObject({
  from: isoDateSchema,
  /** inclusive; at most 31 days after from */
  to: isoDateSchema,
});
export const roomScheduleSchema = z.object({ room: meetingRoomSchema, days: z.array(roomDaySchema) });
export type RoomSchedule = z.infer<typeof roomScheduleSchema>;
