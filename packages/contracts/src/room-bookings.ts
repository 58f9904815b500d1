import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import {
  bookingStatusSchema,
  type MeetingServiceKind,
  meetingServiceKindSchema,
  meetingServiceKinds,
  personRefSchema,
  slotStatusSchema,
} from './meeting-rooms';

/** 会议室预订: bookings (one row per occurrence), their changes and check-in, closures, meeting-service tasks, calendar feeds. */

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
