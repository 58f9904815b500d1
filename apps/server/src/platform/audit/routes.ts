import {
  auditEntrySchema,
  auditPageSchema,
  auditVerifyResultSchema,
  idParamsSchema,
  listAuditQuerySchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { sendExcel } from '../excel';
import { exportAuditEntries, getAuditEntry, listAuditEntries, verifyAuditLog } from './service';

/** The audit console (auditor, logistics_admin): browse, detail, export, verify the chain. */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], querystring: listAuditQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => listAuditEntries(ctx, request.caller, request.query),
  );

  // the list's query is accepted as is (page and pageSize are ignored: the export has every row)
  app.get(
    '/api/audit/export.xlsx',
    { schema: { tags: ['audit'], querystring: listAuditQuerySchema } },
    async (request, reply) => {
      const { page: _page, pageSize: _pageSize, ...filters } = request.query;
      return sendExcel(reply, await exportAuditEntries(ctx, request.caller, filters));
    },
  );

  app.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], response: { 200: auditVerifyResultSchema } } },
    async (request) => verifyAuditLog(ctx, request.caller),
  );

  app.get(
    '/api/audit/:id',
    { schema: { tags: ['audit'], params: idParamsSchema, response: { 200: auditEntrySchema } } },
    async (request) => getAuditEntry(ctx, request.caller, request.params.id),
  );
};
