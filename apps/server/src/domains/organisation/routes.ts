import multipart from '@fastify/multipart';
import {
  consoleSummarySchema,
  createUnitInputSchema,
  createUserInputSchema,
  idParamsSchema,
  importReportSchema,
  listUsersQuerySchema,
  okSchema,
  profileSchema,
  resetPasswordInputSchema,
  unitListSchema,
  unitSchema,
  unitSummaryListSchema,
  updateProfileInputSchema,
  updateUnitInputSchema,
  updateUserInputSchema,
  userPageSchema,
  userSchema,
} from '@houqin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { sendExcel } from '../../platform/excel';
import { pickLocale } from '../../platform/i18n';
import { getProfile, updateProfile } from './profile-service';
import { getConsoleSummary } from './summary-service';
import { createUnit, deleteUnit, listUnitSummaries, listUnits, updateUnit } from './units-service';
import { exportUsers } from './users-export';
import { getImportTemplate, importUsers } from './users-import';
import type { UploadedFile } from './users-import-file';
import { createUser, listUsers, resetUserPassword, unlockUser, updateUser } from './users-service';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A streamed .xlsx workbook (documented only: streams bypass the serializer). */
const spreadsheetSchema = z
  .string()
  .describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

const badUpload = () =>
  new AppError('VALIDATION_FAILED', undefined, [{ path: 'body.file', message: 'VALIDATION_FAILED' }]);

/**
 * The one uploaded file of a multipart request (field "file"), read whole (at most 5 MB). Fastify's
 * own errors (too large, not multipart) pass to the error handler; a broken form is the client's.
 */
async function uploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  try {
    const part = await request.file();
    if (!part) throw badUpload();
    return { filename: part.filename, data: await part.toBuffer() };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (err instanceof AppError || (typeof code === 'string' && code.startsWith('FST_'))) throw err;
    throw badUpload();
  }
}

/** /api/me, /api/units, /api/admin/summary, /api/admin/units, /api/admin/users: parse → service → reply. */
export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { files: 1, fileSize: MAX_IMPORT_BYTES, fields: 5, parts: 6 },
    throwFileSizeLimit: true,
  });

  app.get('/api/me', { schema: { tags: ['me'], response: { 200: profileSchema } } }, (request) =>
    getProfile(ctx, request.caller),
  );

  app.patch(
    '/api/me',
    { schema: { tags: ['me'], body: updateProfileInputSchema, response: { 200: profileSchema } } },
    (request) => updateProfile(ctx, request.caller, request.body),
  );

  app.get(
    '/api/units',
    { schema: { tags: ['organisation'], response: { 200: unitSummaryListSchema } } },
    (request) => listUnitSummaries(ctx, request.caller),
  );

  app.get(
    '/api/admin/summary',
    { schema: { tags: ['organisation'], response: { 200: consoleSummarySchema } } },
    (request) => getConsoleSummary(ctx, request.caller),
  );

  app.get(
    '/api/admin/units',
    { schema: { tags: ['organisation'], response: { 200: unitListSchema } } },
    (request) => listUnits(ctx, request.caller),
  );

  app.post(
    '/api/admin/units',
    { schema: { tags: ['organisation'], body: createUnitInputSchema, response: { 201: unitSchema } } },
    async (request, reply) => reply.status(201).send(await createUnit(ctx, request.caller, request.body)),
  );

  app.patch(
    '/api/admin/units/:id',
    {
      schema: {
        tags: ['organisation'],
        params: idParamsSchema,
        body: updateUnitInputSchema,
        response: { 200: unitSchema },
      },
    },
    (request) => updateUnit(ctx, request.caller, request.params.id, request.body),
  );

  app.delete(
    '/api/admin/units/:id',
    { schema: { tags: ['organisation'], params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteUnit(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/users',
    {
      schema: {
        tags: ['organisation'],
        querystring: listUsersQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    (request) => listUsers(ctx, request.caller, request.query),
  );

  app.get(
    '/api/admin/users/export.xlsx',
    {
      schema: {
        tags: ['organisation'],
        querystring: listUsersQuerySchema,
        response: { 200: spreadsheetSchema },
      },
    },
    async (request, reply) => sendExcel(reply, await exportUsers(ctx, request.caller, request.query)),
  );

  app.get(
    '/api/admin/users/import-template.xlsx',
    { schema: { tags: ['organisation'], response: { 200: spreadsheetSchema } } },
    async (request, reply) => sendExcel(reply, getImportTemplate(request.caller)),
  );

  app.post(
    '/api/admin/users/import',
    {
      schema: {
        tags: ['organisation'],
        consumes: ['multipart/form-data'],
        response: { 200: importReportSchema },
      },
    },
    (request) =>
      importUsers(
        ctx,
        request.caller,
        () => uploadedFile(request),
        pickLocale(request.headers['accept-language']),
      ),
  );

  app.post(
    '/api/admin/users',
    { schema: { tags: ['organisation'], body: createUserInputSchema, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await createUser(ctx, request.caller, request.body)),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags: ['organisation'],
        params: idParamsSchema,
        body: updateUserInputSchema,
        response: { 200: userSchema },
      },
    },
    (request) => updateUser(ctx, request.caller, request.params.id, request.body),
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    {
      schema: {
        tags: ['organisation'],
        params: idParamsSchema,
        body: resetPasswordInputSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await resetUserPassword(ctx, request.caller, request.params.id, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/users/:id/unlock',
    { schema: { tags: ['organisation'], params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await unlockUser(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );
};
