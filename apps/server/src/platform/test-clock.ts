import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OffsetClock } from './clock';
import type { AppContext } from './context';
import { AppError } from './errors';

const bodySchema = z.strictObject({
  offsetMs: z
    .number()
    .int()
    .min(0)
    .max(400 * 86_400_000),
});

const sameToken = (given: string | undefined, expected: string) =>
  typeof given === 'string' &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * E2E only (HOUQIN_TEST_CLOCK_TOKEN set): POST /api/test/clock {offsetMs} moves the server's
 * clock ahead so a browser test can watch a deadline pass (cutoffs, no-show release). Registered
 * only when the token is configured; the caller must send it in X-Test-Clock-Token.
 */
export const testClockRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const token = ctx.config.testClockToken;
  const clock = ctx.clock;
  if (!token || !(clock instanceof OffsetClock)) return;
  app.post('/api/test/clock', { schema: { hide: true, body: bodySchema } }, async (request) => {
    if (!sameToken(request.headers['x-test-clock-token'] as string | undefined, token))
      throw new AppError('FORBIDDEN');
    clock.offsetMs = request.body.offsetMs;
    return { now: clock.now().toISOString() };
  });
};
