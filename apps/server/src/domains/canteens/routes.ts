import {
  bookForStaffInputSchema,
  bookMealInputSchema,
  bookWeekInputSchema,
  bookWeekResultSchema,
  canteenDateParamsSchema,
  canteenDaySchema,
  canteenDaysSchema,
  canteenListSchema,
  canteenSchema,
  canteenStatsQuerySchema,
  canteenStatsSchema,
  copyWeekInputSchema,
  copyWeekResultSchema,
  createCanteenInputSchema,
  dateRangeQuerySchema,
  guestMealListSchema,
  guestMealSchema,
  headcountQuerySchema,
  headcountSheetSchema,
  idParamsSchema,
  kitchenQuerySchema,
  kitchenViewSchema,
  listGuestMealsQuerySchema,
  listMealBookingsQuerySchema,
  mealBookingListSchema,
  mealBookingSchema,
  mealLeaveSchema,
  mealPassSchema,
  menuListSchema,
  menuParamsSchema,
  menuSchema,
  okSchema,
  orderGuestMealInputSchema,
  rateDishInputSchema,
  recordWalkInInputSchema,
  registerLeaveInputSchema,
  saveMenuInputSchema,
  setCanteenDayInputSchema,
  statementQuerySchema,
  statementSchema,
  updateCanteenInputSchema,
  verifyPassInputSchema,
  verifyResultSchema,
  walkInSchema,
  weekQuerySchema,
  weekViewSchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { sendExcel } from '../../platform/excel';
import { bookForStaff, bookMeal, cancelMeal, changeWeek, listMealBookings } from './bookings-service';
import {
  clearCanteenDay,
  createCanteen,
  listCanteenDays,
  listCanteens,
  setCanteenDay,
  updateCanteen,
} from './canteens-service';
import { issueMealPass, recordWalkIn, verifyPass } from './counter-service';
import { decideGuestMeal, listGuestMeals, orderGuestMeal } from './guest-meals-service';
import { statsTables, statsWorkbook } from './stats-export';
import './jobs';
import { headcountSheet, headcountWorkbook, kitchenView } from './kitchen-service';
import { streamKitchen } from './kitchen-stream';
import { registerLeave } from './leave-service';
import { copyLastWeek, listMenus, publishMenu, rateDish, saveMenu } from './menus-service';
import { canteenStats, monthlyStatement, statementWorkbook } from './stats-service';
import { weekView } from './week-service';

const tags = ['canteens'];
const spreadsheetSchema = z
  .string()
  .describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

/** 食堂报餐: staff booking, menus, the counter, the kitchen, guest meals, statistics and statements. */
export const canteenRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // ---- canteens, days, menus, the week (every signed-in user) ----
  app.get('/api/canteens', { schema: { tags, response: { 200: canteenListSchema } } }, (request) =>
    listCanteens(ctx, request.caller),
  );
  app.get(
    '/api/canteens/:id/days',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: dateRangeQuerySchema,
        response: { 200: canteenDaysSchema },
      },
    },
    (request) => listCanteenDays(ctx, request.caller, request.params.id, request.query),
  );
  app.get(
    '/api/canteens/:id/week',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: weekQuerySchema,
        response: { 200: weekViewSchema },
      },
    },
    (request) => weekView(ctx, request.caller, request.params.id, request.query.weekOf),
  );
  app.get(
    '/api/canteens/:id/menus',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: dateRangeQuerySchema,
        response: { 200: menuListSchema },
      },
    },
    (request) => listMenus(ctx, request.caller, request.params.id, request.query),
  );
  app.post(
    '/api/canteen-dishes/:id/rating',
    { schema: { tags, params: idParamsSchema, body: rateDishInputSchema, response: { 200: okSchema } } },
    (request) => rateDish(ctx, request.caller, request.params.id, request.body),
  );

  // ---- bookings ----
  app.post(
    '/api/meal-bookings',
    {
      schema: {
        tags,
        body: bookMealInputSchema,
        response: { 200: mealBookingSchema, 201: mealBookingSchema },
      },
    },
    async (request, reply) => {
      const { booking, created } = await bookMeal(ctx, request.caller, request.body);
      return reply.status(created ? 201 : 200).send(booking);
    },
  );
  app.post(
    '/api/meal-bookings/cancel',
    { schema: { tags, body: bookMealInputSchema, response: { 200: mealBookingSchema } } },
    (request) => cancelMeal(ctx, request.caller, request.body),
  );
  app.post(
    '/api/meal-bookings/week',
    { schema: { tags, body: bookWeekInputSchema, response: { 200: bookWeekResultSchema } } },
    (request) => changeWeek(ctx, request.caller, request.body, 'book'),
  );
  app.post(
    '/api/meal-bookings/week/cancel',
    { schema: { tags, body: bookWeekInputSchema, response: { 200: bookWeekResultSchema } } },
    (request) => changeWeek(ctx, request.caller, request.body, 'cancel'),
  );
  app.get(
    '/api/meal-bookings',
    { schema: { tags, querystring: listMealBookingsQuerySchema, response: { 200: mealBookingListSchema } } },
    (request) => listMealBookings(ctx, request.caller, request.query),
  );
  app.post(
    '/api/meal-bookings/for-staff',
    { schema: { tags, body: bookForStaffInputSchema, response: { 201: mealBookingListSchema } } },
    async (request, reply) => reply.status(201).send(await bookForStaff(ctx, request.caller, request.body)),
  );
  app.post(
    '/api/meal-leaves',
    { schema: { tags, body: registerLeaveInputSchema, response: { 201: mealLeaveSchema } } },
    async (request, reply) => reply.status(201).send(await registerLeave(ctx, request.caller, request.body)),
  );

  // ---- guest meals ----
  app.post(
    '/api/guest-meals',
    { schema: { tags, body: orderGuestMealInputSchema, response: { 201: guestMealSchema } } },
    async (request, reply) => reply.status(201).send(await orderGuestMeal(ctx, request.caller, request.body)),
  );
  app.get(
    '/api/guest-meals',
    { schema: { tags, querystring: listGuestMealsQuerySchema, response: { 200: guestMealListSchema } } },
    (request) => listGuestMeals(ctx, request.caller, request.query),
  );
  app.post(
    '/api/guest-meals/:id/approve',
    { schema: { tags, params: idParamsSchema, response: { 200: guestMealSchema } } },
    (request) => decideGuestMeal(ctx, request.caller, request.params.id, 'approved'),
  );
  app.post(
    '/api/guest-meals/:id/reject',
    { schema: { tags, params: idParamsSchema, response: { 200: guestMealSchema } } },
    (request) => decideGuestMeal(ctx, request.caller, request.params.id, 'rejected'),
  );

  // ---- dining pass, counter, kitchen ----
  app.get('/api/meal-pass', { schema: { tags, response: { 200: mealPassSchema } } }, (request) =>
    issueMealPass(ctx, request.caller),
  );
  app.post(
    '/api/canteen-counter/verify',
    { schema: { tags, body: verifyPassInputSchema, response: { 200: verifyResultSchema } } },
    (request) => verifyPass(ctx, request.caller, request.body),
  );
  app.post(
    '/api/canteen-counter/walk-ins',
    { schema: { tags, body: recordWalkInInputSchema, response: { 201: walkInSchema } } },
    async (request, reply) => reply.status(201).send(await recordWalkIn(ctx, request.caller, request.body)),
  );
  app.get(
    '/api/canteens/:id/kitchen',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: kitchenQuerySchema,
        response: { 200: kitchenViewSchema },
      },
    },
    (request) => kitchenView(ctx, request.caller, request.params.id, request.query.date),
  );
  app.get(
    '/api/canteens/:id/kitchen/stream',
    {
      schema: {
        tags,
        summary: 'Live kitchen counts (text/event-stream, event: counts)',
        params: idParamsSchema,
        querystring: kitchenQuerySchema,
      },
    },
    (request, reply) => streamKitchen(ctx, request.caller, reply, request.params.id, request.query.date),
  );
  app.get(
    '/api/canteens/:id/headcount',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: headcountQuerySchema,
        response: { 200: headcountSheetSchema },
      },
    },
    (request) => headcountSheet(ctx, request.caller, request.params.id, request.query),
  );
  app.get(
    '/api/canteens/:id/headcount.xlsx',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: headcountQuerySchema,
        response: { 200: spreadsheetSchema },
      },
    },
    async (request, reply) =>
      sendExcel(reply, await headcountWorkbook(ctx, request.caller, request.params.id, request.query)),
  );

  // ---- console: canteens, open days, menus ----
  app.post(
    '/api/admin/canteens',
    { schema: { tags, body: createCanteenInputSchema, response: { 201: canteenSchema } } },
    async (request, reply) => reply.status(201).send(await createCanteen(ctx, request.caller, request.body)),
  );
  app.patch(
    '/api/admin/canteens/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateCanteenInputSchema,
        response: { 200: canteenSchema },
      },
    },
    (request) => updateCanteen(ctx, request.caller, request.params.id, request.body),
  );
  app.put(
    '/api/admin/canteens/:id/days/:date',
    {
      schema: {
        tags,
        params: canteenDateParamsSchema,
        body: setCanteenDayInputSchema,
        response: { 200: canteenDaySchema },
      },
    },
    (request) => setCanteenDay(ctx, request.caller, request.params, request.body),
  );
  app.delete(
    '/api/admin/canteens/:id/days/:date',
    { schema: { tags, params: canteenDateParamsSchema, response: { 200: canteenDaySchema } } },
    (request) => clearCanteenDay(ctx, request.caller, request.params),
  );
  app.put(
    '/api/admin/canteens/:id/menus/:date/:meal',
    { schema: { tags, params: menuParamsSchema, body: saveMenuInputSchema, response: { 200: menuSchema } } },
    (request) =>
      saveMenu(
        ctx,
        request.caller,
        { canteenId: request.params.id, date: request.params.date, meal: request.params.meal },
        request.body,
      ),
  );
  app.post(
    '/api/admin/canteens/:id/menus/:date/:meal/publish',
    { schema: { tags, params: menuParamsSchema, response: { 200: menuSchema } } },
    (request) =>
      publishMenu(ctx, request.caller, {
        canteenId: request.params.id,
        date: request.params.date,
        meal: request.params.meal,
      }),
  );
  app.post(
    '/api/admin/canteens/:id/menus/copy-week',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: copyWeekInputSchema,
        response: { 200: copyWeekResultSchema },
      },
    },
    (request) => copyLastWeek(ctx, request.caller, request.params.id, request.body),
  );

  // ---- statistics and statements ----
  app.get(
    '/api/admin/canteen-stats',
    { schema: { tags, querystring: canteenStatsQuerySchema, response: { 200: canteenStatsSchema } } },
    (request) => canteenStats(ctx, request.caller, request.query),
  );
  for (const table of statsTables) {
    app.get(
      `/api/admin/canteen-stats/${table}.xlsx`,
      { schema: { tags, querystring: canteenStatsQuerySchema, response: { 200: spreadsheetSchema } } },
      async (request, reply) =>
        sendExcel(reply, await statsWorkbook(ctx, request.caller, request.query, table)),
    );
  }
  app.get(
    '/api/canteen-statements',
    { schema: { tags, querystring: statementQuerySchema, response: { 200: statementSchema } } },
    (request) => monthlyStatement(ctx, request.caller, request.query),
  );
  for (const of of ['people', 'units'] as const) {
    app.get(
      `/api/canteen-statements/${of}.xlsx`,
      { schema: { tags, querystring: statementQuerySchema, response: { 200: spreadsheetSchema } } },
      async (request, reply) =>
        sendExcel(reply, await statementWorkbook(ctx, request.caller, request.query, of)),
    );
  }
};
