import multipart from '@fastify/multipart';
import {
  buildingListSchema,
  buildingSchema,
  createBuildingInputSchema,
  createFloorInputSchema,
  createRoomInputSchema,
  floorSchema,
  idParamsSchema,
  listRoomsQuerySchema,
  okSchema,
  roomPageSchema,
  roomSchema,
  roomUseLabels,
  spacesImportReportSchema,
  updateBuildingInputSchema,
  updateFloorInputSchema,
  updateRoomInputSchema,
} from '@houqin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type ExcelExport, sendExcel } from '../../platform/excel';
import { pickLocale } from '../../platform/i18n';
import { importSpaces, spaceColumns, spacesImportTemplate } from './import';
import { findRooms } from './repository';
import {
  assertCanManageRooms,
  createBuilding,
  createFloor,
  createRoom,
  deleteBuilding,
  deleteFloor,
  deleteRoom,
  listBuildings,
  listRooms,
  toRoom,
  updateBuilding,
  updateFloor,
  updateRoom,
} from './service';

const tags = ['spaces'];
export const MAX_SPACES_IMPORT_BYTES = 5 * 1024 * 1024;

const spreadsheetSchema = z
  .string()
  .describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
const exportRoomsQuerySchema = listRoomsQuerySchema.omit({ page: true, pageSize: true });
type ExportRow = ReturnType<typeof toRoom>;

/** Every room matching the filter, in the import's columns (so an export imports back). */
async function exportRooms(
  ctx: AppContext,
  caller: Caller,
  query: z.infer<typeof exportRoomsQuerySchema>,
): Promise<ExcelExport<ExportRow>> {
  assertCanManageRooms(caller);
  const { items } = await findRooms(ctx.db, query);
  return {
    filename: '房间.xlsx',
    sheetName: '房间',
    title: `房间清单（共 ${items.length} 间）`,
    columns: [
      { header: spaceColumns.building, width: 20, value: (r) => r.buildingName },
      { header: spaceColumns.floor, width: 8, value: (r) => r.floorName },
      { header: spaceColumns.number, width: 12, value: (r) => r.number },
      { header: spaceColumns.name, width: 20, value: (r) => r.name },
      { header: spaceColumns.area, width: 10, numFmt: '0.00', value: (r) => r.areaM2 },
      { header: spaceColumns.use, width: 8, value: (r) => roomUseLabels[r.use] },
    ],
    rows: items.map(toRoom),
  };
}

const badUpload = () =>
  new AppError('VALIDATION_FAILED', undefined, [{ path: 'body.file', message: 'VALIDATION_FAILED' }]);

async function uploadedFile(request: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
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

/** 空间: /api/spaces (read, every signed-in user) and /api/admin/spaces (edit, import, export). */
export const spaceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(multipart, {
    limits: { files: 1, fileSize: MAX_SPACES_IMPORT_BYTES, fields: 5, parts: 6 },
    throwFileSizeLimit: true,
  });

  app.get('/api/spaces/buildings', { schema: { tags, response: { 200: buildingListSchema } } }, (request) =>
    listBuildings(ctx, request.caller),
  );
  app.get(
    '/api/spaces/rooms',
    { schema: { tags, querystring: listRoomsQuerySchema, response: { 200: roomPageSchema } } },
    (request) => listRooms(ctx, request.caller, request.query),
  );

  app.post(
    '/api/admin/spaces/buildings',
    { schema: { tags, body: createBuildingInputSchema, response: { 201: buildingSchema } } },
    async (request, reply) => reply.status(201).send(await createBuilding(ctx, request.caller, request.body)),
  );
  app.patch(
    '/api/admin/spaces/buildings/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateBuildingInputSchema,
        response: { 200: buildingSchema },
      },
    },
    (request) => updateBuilding(ctx, request.caller, request.params.id, request.body),
  );
  app.delete(
    '/api/admin/spaces/buildings/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteBuilding(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/spaces/floors',
    { schema: { tags, body: createFloorInputSchema, response: { 201: floorSchema } } },
    async (request, reply) => reply.status(201).send(await createFloor(ctx, request.caller, request.body)),
  );
  app.patch(
    '/api/admin/spaces/floors/:id',
    {
      schema: { tags, params: idParamsSchema, body: updateFloorInputSchema, response: { 200: floorSchema } },
    },
    (request) => updateFloor(ctx, request.caller, request.params.id, request.body),
  );
  app.delete(
    '/api/admin/spaces/floors/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteFloor(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/spaces/rooms',
    { schema: { tags, body: createRoomInputSchema, response: { 201: roomSchema } } },
    async (request, reply) => reply.status(201).send(await createRoom(ctx, request.caller, request.body)),
  );
  app.patch(
    '/api/admin/spaces/rooms/:id',
    { schema: { tags, params: idParamsSchema, body: updateRoomInputSchema, response: { 200: roomSchema } } },
    (request) => updateRoom(ctx, request.caller, request.params.id, request.body),
  );
  app.delete(
    '/api/admin/spaces/rooms/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteRoom(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/spaces/rooms/export.xlsx',
    { schema: { tags, querystring: exportRoomsQuerySchema, response: { 200: spreadsheetSchema } } },
    async (request, reply) => sendExcel(reply, await exportRooms(ctx, request.caller, request.query)),
  );
  app.get(
    '/api/admin/spaces/import-template.xlsx',
    { schema: { tags, response: { 200: spreadsheetSchema } } },
    async (request, reply) => sendExcel(reply, spacesImportTemplate(request.caller)),
  );
  app.post(
    '/api/admin/spaces/import',
    { schema: { tags, consumes: ['multipart/form-data'], response: { 200: spacesImportReportSchema } } },
    (request) =>
      importSpaces(
        ctx,
        request.caller,
        () => uploadedFile(request),
        pickLocale(request.headers['accept-language']),
      ),
  );
};
