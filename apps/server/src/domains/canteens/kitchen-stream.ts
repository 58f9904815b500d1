import type { FastifyReply } from 'fastify';
import type { Caller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { SSE_HEADERS, sseComment, sseEvent, sseRetry } from '../../platform/notifications/sse';
import { getActiveCanteen } from './bookings-service';
import { kitchenCounts } from './kitchen-service';
import { assertCanRunCounter } from './policy';

/** How often the stream looks at the counts; the database is the only source, so every process sees every scan. */
export const KITCHEN_POLL_MS = 2_000;
const HEARTBEAT_MS = 15_000;
/** The client reconnects after this (the session is checked again then). */
const MAX_STREAM_MS = 30 * 60_000;

/**
 * GET /api/canteens/:id/kitchen/stream: the kitchen view as Server-Sent Events, `event: counts`
 * with the whole KitchenView each time it changes (and once at the start). Counts are read every
 * two seconds rather than pushed per scan: a busy counter serves several diners a second, and the
 * dashboard needs the latest numbers, not every step.
 */
export async function streamKitchen(
  ctx: AppContext,
  caller: Caller,
  reply: FastifyReply,
  canteenId: string,
  date: string | undefined,
): Promise<void> {
  assertCanRunCounter(caller);
  await getActiveCanteen(ctx, canteenId, 'params.id');
  const day = date ?? todayIn(ctx);
  const res = reply.raw;
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) res.setHeader(name, value);
  }
  res.writeHead(200, SSE_HEADERS);
  res.write(sseRetry(3_000));
  let last = '';
  let seq = 0;
  let busy = false;
  const push = async () => {
    if (busy || res.writableEnded) return;
    busy = true;
    try {
      const view = await kitchenCounts(ctx, canteenId, day);
      const text = JSON.stringify(view);
      if (text !== last && !res.writableEnded) {
        last = text;
        seq += 1;
        res.write(sseEvent({ id: seq, name: 'counts', data: view }));
      }
    } catch (err) {
      ctx.log.warn({ err }, 'kitchen stream read failed; closing it');
      res.end();
    } finally {
      busy = false;
    }
  };
  const poll = setInterval(() => void push(), KITCHEN_POLL_MS);
  const heartbeat = setInterval(() => res.write(sseComment('ping')), HEARTBEAT_MS);
  const lifetime = setTimeout(() => res.end(), MAX_STREAM_MS);
  poll.unref();
  heartbeat.unref();
  lifetime.unref();
  res.on('close', () => {
    clearInterval(poll);
    clearInterval(heartbeat);
    clearTimeout(lifetime);
  });
  await push();
}
