import {
  idParamsSchema,
  jobRunPageSchema,
  listJobRunsQuerySchema,
  listJobsQuerySchema,
  scheduledJobPageSchema,
  scheduledJobSchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { listJobRuns, listJobs, retryJob } from './service';

/** The jobs console (sysadmin, logistics_admin): jobs, the run log, retry of a failed job. */
export const schedulerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/admin/jobs',
    {
      schema: {
        tags: ['scheduler'],
        querystring: listJobsQuerySchema,
        response: { 200: scheduledJobPageSchema },
      },
    },
    async (request) => listJobs(ctx, request.caller, request.query),
  );

  app.get(
    '/api/admin/jobs/runs',
    {
      schema: {
        tags: ['scheduler'],
        querystring: listJobRunsQuerySchema,
        response: { 200: jobRunPageSchema },
      },
    },
    async (request) => listJobRuns(ctx, request.caller, request.query),
  );

  app.post(
    '/api/admin/jobs/:id/retry',
    { schema: { tags: ['scheduler'], params: idParamsSchema, response: { 200: scheduledJobSchema } } },
    async (request) => retryJob(ctx, request.caller, request.params.id),
  );
};
