import {
  adminCalendarDaySchema,
  adminCalendarYearSchema,
  calendarDateParamsSchema,
  calendarDaysSchema,
  calendarImportReportSchema,
  calendarYearQuerySchema,
  importCalendarInputSchema,
  setCalendarDayInputSchema,
  workdaysQuerySchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { sendExcel } from '../excel';
import { pickLocale } from '../i18n';
import { getCalendarYear, resetCalendarDay, setCalendarDay } from './admin-service';
import { exportCalendarYear } from './export-sheet';
import { importCalendar } from './import-service';
import { seedOfficialCalendar } from './seed';
import { listWorkdays } from './service';

/**
 * The workday calendar: the day list for every signed-in user, and the console (sysadmin,
 * logistics_admin) to view a year, edit or reset days, import an arrangement and export a year.
 * The official arrangement is synchronised into the database when the app is ready.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onReady', async () => seedOfficialCalendar(ctx));

  app.get(
    '/api/calendar/workdays',
    {
      schema: {
        tags: ['calendar'],
        description:
          'Every day from `from` to `to` (inclusive, at most 400 days) with whether it is a workday.',
        querystring: workdaysQuerySchema,
        response: { 200: calendarDaysSchema },
      },
    },
    async (request) =>
      listWorkdays(ctx, request.caller, request.query, pickLocale(request.headers['accept-language'])),
  );

  app.get(
    '/api/admin/calendar',
    {
      schema: {
        tags: ['calendar'],
        querystring: calendarYearQuerySchema,
        response: { 200: adminCalendarYearSchema },
      },
    },
    async (request) => getCalendarYear(ctx, request.caller, request.query.year),
  );

  app.put(
    '/api/admin/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        params: calendarDateParamsSchema,
        body: setCalendarDayInputSchema,
        response: { 200: adminCalendarDaySchema },
      },
    },
    async (request) => setCalendarDay(ctx, request.caller, request.params.date, request.body),
  );

  app.delete(
    '/api/admin/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        params: calendarDateParamsSchema,
        response: { 200: adminCalendarDaySchema },
      },
    },
    async (request) => resetCalendarDay(ctx, request.caller, request.params.date),
  );

  app.post(
    '/api/admin/calendar/import',
    {
      schema: {
        tags: ['calendar'],
        body: importCalendarInputSchema,
        response: { 200: calendarImportReportSchema },
      },
    },
    async (request) =>
      importCalendar(ctx, request.caller, request.body, pickLocale(request.headers['accept-language'])),
  );

  app.get(
    '/api/admin/calendar/export.xlsx',
    { schema: { tags: ['calendar'], querystring: calendarYearQuerySchema } },
    async (request, reply) =>
      sendExcel(reply, await exportCalendarYear(ctx, request.caller, request.query.year)),
  );
};
