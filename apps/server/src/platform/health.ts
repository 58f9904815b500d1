import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { pingDatabase } from '../db/client';
import type { AppContext } from './context';
import { AppError } from './errors';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; registry: Registry }> = async (
  app,
  { ctx, registry },
) => {
  app.get(
    '/api/health',
    {
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => {
      try {
        await pingDatabase(ctx.db);
      } catch (err) {
        ctx.log.error({ err }, 'health check: database does not answer');
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      return { status: 'ok' as const };
    },
  );

  app.get('/api/metrics', { schema: { tags: ['platform'], hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
};
