import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { roleSchema } from './roles';

/** 会议室预订: meeting rooms are spaces (rooms) with booking settings; bookings are one row per occurrence. */

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

// ---- booking ----

export const meetingServiceInputSchema = z.strictObject({
  kind: meetingServiceKindSchema,
  note: z.string().trim().max(200).optional(),
});

/** The services of a booking: each kind at most once (a second one is refused at its own `kind`). */
export const meetingServicesInputSchema = z
  .array(meetingServiceInputSchema)
  .max(meetingServiceKinds.length)
  .superRefine((list, ctx) => {
    const seen = new Set<MeetingServiceKind>();
    list.forEach((service, i) => {
      if (seen.has(service.kind)) {
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: `${service.kind} appears twice` });
      }
      seen.add(service.kind);
    });
  });

export const createBookingInputSchema = z.strictObject({
  roomId: idSchema,
  title: z.string().trim().min(1).max(100),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  /** RFC 5545 RRULE value without the "RRULE:" prefix, expanded from startsAt in the deployment zone */
  rrule: z.string().trim().min(1).max(300).optional(),
  /** leave out occurrences that fall on non-workdays (official calendar) */
  skipNonWorkdays: z.boolean().default(false),
  /** book the occurrences that fit and leave out the others instead of refusing the series */
  skipConflicts: z.boolean().default(false),
  attendeeIds: z.array(idSchema).max(200).default([]),
  externalCount: z.number().int().min(0).max(2000).default(0),
  notes: z.string().trim().max(1000).default(''),
  services: meetingServicesInputSchema.default([]),
});
export type CreateBookingInput = z.infer<typeof createBookingInputSchema>;

export const occurrenceSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: bookingStatusSchema,
});
export const slotSchema = z.object({ startsAt: z.string(), endsAt: z.string(), status: slotStatusSchema });
export type Slot = z.infer<typeof slotSchema>;

export const createBookingResultSchema = z.object({
  /** the first booked occurrence */
  id: z.string(),
  seriesId: z.string().nullable(),
  status: bookingStatusSchema,
  occurrences: z.array(occurrenceSchema),
  /** occurrences left out (skipConflicts / skipNonWorkdays), with why */
  skipped: z.array(slotSchema),
});
export type CreateBookingResult = z.infer<typeof createBookingResultSchema>;

export const previewResultSchema = z.object({ occurrences: z.array(slotSchema) });
export type PreviewResult = z.infer<typeof previewResultSchema>;

export const bookingServiceSchema = z.object({
  id: z.string(),
  kind: meetingServiceKindSchema,
  note: z.string(),
  dueAt: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  doneAt: z.string().nullable(),
  doneBy: personRefSchema.nullable(),
});
export type BookingService = z.infer<typeof bookingServiceSchema>;

export const bookingSchema = z.object({
  id: z.string(),
  seriesId: z.string().nullable(),
  /** RRULE of the series, for display */
  rrule: z.string().nullable(),
  room: z.object({ id: z.string(), name: z.string(), building: z.string(), floor: z.string() }),
  title: z.string(),
  notes: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: bookingStatusSchema,
  booker: personRefSchema,
  unit: z.object({ id: z.string(), name: z.string() }),
  attendees: z.array(personRefSchema),
  externalCount: z.number().int(),
  services: z.array(bookingServiceSchema),
  checkInRequired: z.boolean(),
  checkedInAt: z.string().nullable(),
  endedEarlyAt: z.string().nullable(),
  holdExpiresAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  /** the caller may edit/cancel it (booker, room admin) */
  mayManage: z.boolean(),
  /** the caller may approve/reject it */
  mayApprove: z.boolean(),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = z.object({ items: z.array(bookingSchema) });
export type BookingList = z.infer<typeof bookingListSchema>;

export const myBookingsQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
});

export const changeScopes = ['this', 'following', 'series'] as const;
export const changeScopeSchema = z.enum(changeScopes);
export type ChangeScope = z.infer<typeof changeScopeSchema>;

export const cancelBookingInputSchema = z.strictObject({
  scope: changeScopeSchema.default('this'),
  reason: z.string().trim().max(200).default(''),
});
export type CancelBookingInput = z.infer<typeof cancelBookingInputSchema>;

/**
 * Edits: title/notes/attendees for any scope; a new start/end (wall-clock time on each occurrence's own
 * date for a series); the services wanted from now on (the whole list: a kind left out is cancelled),
 * applied to the occurrences in scope that have not started.
 */
export const updateBookingInputSchema = z.strictObject({
  scope: changeScopeSchema.default('this'),
  title: z.string().trim().min(1).max(100).optional(),
  notes: z.string().trim().max(1000).optional(),
  attendeeIds: z.array(idSchema).max(200).optional(),
  externalCount: z.number().int().min(0).max(2000).optional(),
  startsAt: isoDateTimeSchema.optional(),
  endsAt: isoDateTimeSchema.optional(),
  services: meetingServicesInputSchema.optional(),
});
export type UpdateBookingInput = z.infer<typeof updateBookingInputSchema>;

export const changeResultSchema = z.object({ changed: z.array(occurrenceSchema) });
export type ChangeResult = z.infer<typeof changeResultSchema>;

export const decideBookingInputSchema = z.strictObject({
  /** the pending occurrence alone, or every pending occurrence of its series */
  scope: z.enum(['this', 'series']).default('this'),
  reason: z.string().trim().max(200).default(''),
});
export const rejectBookingInputSchema = decideBookingInputSchema.extend({
  reason: z.string().trim().min(1).max(200),
});
export type DecideBookingInput = z.infer<typeof decideBookingInputSchema>;

export const checkInInputSchema = z.strictObject({ token: z.string().min(1).max(1024) });
export const checkInStatusSchema = z.object({
  room: z.object({ id: z.string(), name: z.string(), building: z.string(), floor: z.string() }),
  /** the caller's booking that can be checked in now, if any */
  booking: bookingSchema.nullable(),
  /** when the caller's next booking here opens for check-in, if none is open now */
  nextOpensAt: z.string().nullable(),
});
export type CheckInStatus = z.infer<typeof checkInStatusSchema>;

// ---- closures (console) ----

export const closureSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  createdBy: personRefSchema,
  createdAt: z.string(),
});
export type Closure = z.infer<typeof closureSchema>;
export const createClosureInputSchema = z
  .strictObject({
    startsAt: isoDateTimeSchema,
    endsAt: isoDateTimeSchema,
    reason: z.string().trim().min(1).max(200),
  })
  .refine((c) => Date.parse(c.startsAt) < Date.parse(c.endsAt), { path: ['endsAt'], message: 'after start' });
export type CreateClosureInput = z.infer<typeof createClosureInputSchema>;
export const closureListSchema = z.object({
  items: z.array(closureSchema.extend({ affected: z.array(bookingSchema) })),
});
export const closureCreatedSchema = z.object({ closure: closureSchema, affected: z.array(bookingSchema) });

// ---- meeting-service tasks ----

export const serviceTaskSchema = bookingServiceSchema.extend({
  booking: z.object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: bookingStatusSchema,
    room: z.object({ id: z.string(), name: z.string(), building: z.string(), floor: z.string() }),
    booker: personRefSchema,
    attendeeCount: z.number().int(),
  }),
});
export type ServiceTask = z.infer<typeof serviceTaskSchema>;
export const serviceTaskListSchema = z.object({ items: z.array(serviceTaskSchema) });
export const serviceTasksQuerySchema = z.strictObject({
  day: z.enum(['today', 'tomorrow']).default('today'),
});

// ---- calendar feeds ----

export const feedScopeSchema = z.enum(['me', 'room']);
export const calendarFeedSchema = z.object({
  id: z.string(),
  scope: feedScopeSchema,
  roomId: z.string().nullable(),
  roomName: z.string().nullable(),
  /** subscription URL with its secret token; shown once after creation, null afterwards */
  url: z.string().nullable(),
  createdAt: z.string(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export const calendarFeedListSchema = z.object({ items: z.array(calendarFeedSchema) });
export const createFeedInputSchema = z
  .strictObject({ scope: feedScopeSchema, roomId: idSchema.optional() })
  .refine((f) => (f.scope === 'room') === Boolean(f.roomId), {
    path: ['roomId'],
    message: 'room feeds need roomId',
  });
export type CreateFeedInput = z.infer<typeof createFeedInputSchema>;
export const feedQuerySchema = z.strictObject({ token: z.string().min(1).max(200).optional() });

// ---- statistics (console) ----

export const roomStatsQuerySchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export type RoomStatsQuery = z.infer<typeof roomStatsQuerySchema>;
export const roomStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  rooms: z.array(
    z.object({
      roomId: z.string(),
      name: z.string(),
      building: z.string(),
      bookedHours: z.number(),
      openHours: z.number(),
      /** bookedHours / openHours, 0–1 */
      utilization: z.number(),
    }),
  ),
  buildings: z.array(
    z.object({
      buildingId: z.string(),
      name: z.string(),
      bookedHours: z.number(),
      openHours: z.number(),
      utilization: z.number(),
    }),
  ),
  noShows: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** bookings that required check-in and have started */
      checkInBookings: z.number().int(),
      noShows: z.number().int(),
      rate: z.number(),
    }),
  ),
  /** booked hours by weekday (1 = Monday … 7) and hour of day (0–23), in the deployment zone */
  heatmap: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), hours: z.number() })),
  busiestUnits: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), bookings: z.number().int(), hours: z.number() }),
  ),
});
export type RoomStats = z.infer<typeof roomStatsSchema>;

/** Pending bookings an approver can decide (console approvals page). */
export const pendingQuerySchema = z.strictObject({ roomId: idSchema.optional() });
