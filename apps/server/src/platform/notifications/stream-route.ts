import { notificationStreamQuerySchema } from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/actor';
import type { NotificationHub } from './hub';
import { lastEventIdOf, SSE_HEADERS, sseComment, sseRetry } from './sse';

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 3_000;
/**
 * A stream ends after this long and the client reconnects (with its Last-Event-ID, losing nothing):
 * the session is checked again, so a revoked session or deactivated user loses its stream too.
 */
const MAX_STREAM_MS = 30 * 60_000;

/**
 * GET /api/notifications/stream: the signed-in user's notifications as Server-Sent Events
 * (`event: notification`, `id:` the per-user seq). With Last-Event-ID (header or ?lastEventId=)
 * it first replays what came after that id.
 */
export const notificationStreamRoute: FastifyPluginAsyncZod<{ hub: NotificationHub }> = async (
  app,
  { hub },
) => {
  app.get(
    '/api/notifications/stream',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Live notifications (text/event-stream)',
        querystring: notificationStreamQuerySchema,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.caller);
      const afterSeq = lastEventIdOf(request.headers['last-event-id'], request.query.lastEventId);
      const res = reply.raw;
      let heartbeat: NodeJS.Timeout | undefined;
      let lifetime: NodeJS.Timeout | undefined;
      // The head goes out once the stream is live (listening, starting point read), so a
      // notification committed after the client sees ": connected" always reaches it; until then
      // a failure is an ordinary error reply.
      const begin = () => {
        if (heartbeat) return;
        reply.hijack();
        // hijacked: Fastify sends nothing more, so the headers set so far (helmet's) go out here
        for (const [name, value] of Object.entries(reply.getHeaders())) {
          if (value !== undefined) res.setHeader(name, value);
        }
        res.writeHead(200, SSE_HEADERS);
        res.write(sseRetry(RETRY_MS));
        heartbeat = setInterval(() => res.write(sseComment('ping')), HEARTBEAT_MS);
        lifetime = setTimeout(() => res.end(), MAX_STREAM_MS);
        heartbeat.unref();
        lifetime.unref();
      };
      let handle: { close(): void } | undefined;
      let gone = false;
      res.on('close', () => {
        gone = true;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        handle?.close();
      });
      handle = await hub.open(actor.id, afterSeq, {
        write: (chunk) => {
          if (gone) return;
          begin();
          if (!res.writableEnded) res.write(chunk);
        },
        end: () => {
          if (gone) return;
          begin();
          if (!res.writableEnded) res.end();
        },
      });
      if (gone) {
        // the client left while the stream was being set up: nothing to send
        handle.close();
        reply.hijack();
        return;
      }
      begin();
      res.write(sseComment('connected'));
    },
  );
};
