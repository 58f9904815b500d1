import { qrQuerySchema } from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { tokenError } from './failures';
// declares the daily purge of spent tokens and codes with the scheduler
import './purge';
import { qrPng, qrSvg } from './qr';
import { inspectToken } from './signed';

/**
 * GET /api/qr?data=<token>[&format=png&size=512]: the QR image of a token this server signed and
 * that is still valid, so the endpoint cannot serve as a QR generator for arbitrary text. No
 * session needed (a visitor's pass page shows its own QR); rate limited per address.
 */
export const qrRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/qr',
    {
      schema: { tags: ['tokens'], querystring: qrQuerySchema },
      config: { rateLimit: { max: 300, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { data, format, size } = request.query;
      const checked = inspectToken(ctx, data);
      if (!checked.ok) throw tokenError(checked.reason);
      reply
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=300')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      if (format === 'png') return reply.type('image/png').send(await qrPng(data, size));
      return reply.type('image/svg+xml; charset=utf-8').send(await qrSvg(data));
    },
  );
};
