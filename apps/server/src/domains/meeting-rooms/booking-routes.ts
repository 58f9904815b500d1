import {
  bookingListSchema,
  bookingSchema,
  cancelBookingInputSchema,
  changeResultSchema,
  checkInInputSchema,
  checkInStatusSchema,
  createBookingInputSchema,
  createBookingResultSchema,
  decideBookingInputSchema,
  idParamsSchema,
  myBookingsQuerySchema,
  pendingQuerySchema,
  previewResultSchema,
  rejectBookingInputSchema,
  updateBookingInputSchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { pickLocale } from '../../platform/i18n';
import { cancelBooking, decideBooking, endBookingEarly, updateBooking } from './booking-changes';
import { createBooking, previewBooking } from './booking-create';
import './booking-jobs';
import { getBooking, myBookings, pendingForApprover } from './booking-queries';
import { checkIn, checkInStatus } from './check-in';

const tags = ['meeting-rooms'];
const checkInQuerySchema = z.strictObject({ t: z.string().min(1).max(1024) });

/** 会议室预订: booking, preview, my list, approvals, changes and check-in. */
export const bookingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/room-bookings',
    { schema: { tags, body: createBookingInputSchema, response: { 201: createBookingResultSchema } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createBooking(
            ctx,
            request.caller,
            request.body,
            pickLocale(request.headers['accept-language']),
          ),
        ),
  );
  app.post(
    '/api/room-bookings/preview',
    { schema: { tags, body: createBookingInputSchema, response: { 200: previewResultSchema } } },
    (request) =>
      previewBooking(ctx, request.caller, request.body, pickLocale(request.headers['accept-language'])),
  );
  app.get(
    '/api/room-bookings/mine',
    { schema: { tags, querystring: myBookingsQuerySchema, response: { 200: bookingListSchema } } },
    (request) => myBookings(ctx, request.caller, request.query.when),
  );
  app.get(
    '/api/room-bookings/pending',
    { schema: { tags, querystring: pendingQuerySchema, response: { 200: bookingListSchema } } },
    (request) => pendingForApprover(ctx, request.caller, request.query.roomId),
  );
  app.get(
    '/api/room-bookings/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: bookingSchema } } },
    (request) => getBooking(ctx, request.caller, request.params.id),
  );
  app.patch(
    '/api/room-bookings/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateBookingInputSchema,
        response: { 200: changeResultSchema },
      },
    },
    (request) =>
      updateBooking(
        ctx,
        request.caller,
        request.params.id,
        request.body,
        pickLocale(request.headers['accept-language']),
      ),
  );
  app.post(
    '/api/room-bookings/:id/cancel',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: cancelBookingInputSchema,
        response: { 200: changeResultSchema },
      },
    },
    (request) => cancelBooking(ctx, request.caller, request.params.id, request.body),
  );
  app.post(
    '/api/room-bookings/:id/end',
    { schema: { tags, params: idParamsSchema, response: { 200: bookingSchema } } },
    (request) => endBookingEarly(ctx, request.caller, request.params.id),
  );
  app.post(
    '/api/room-bookings/:id/approve',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: decideBookingInputSchema,
        response: { 200: changeResultSchema },
      },
    },
    (request) => decideBooking(ctx, request.caller, request.params.id, 'approve', request.body),
  );
  app.post(
    '/api/room-bookings/:id/reject',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: rejectBookingInputSchema,
        response: { 200: changeResultSchema },
      },
    },
    (request) => decideBooking(ctx, request.caller, request.params.id, 'reject', request.body),
  );
  app.get(
    '/api/rooms/:id/check-in',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: checkInQuerySchema,
        response: { 200: checkInStatusSchema },
      },
    },
    (request) => checkInStatus(ctx, request.caller, request.params.id, request.query.t),
  );
  app.post(
    '/api/rooms/:id/check-in',
    { schema: { tags, params: idParamsSchema, body: checkInInputSchema, response: { 200: bookingSchema } } },
    (request) => checkIn(ctx, request.caller, request.params.id, request.body.token),
  );
};
