import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { startScheduler } from './background';
import { schedulerRoutes } from './routes';

/**
 * The scheduler in the app: its console routes, and (with `background`) the runner, started when
 * the app is ready and stopped when it begins to close, before the database is closed.
 */
export const schedulerPlugin: FastifyPluginAsyncZod<{ ctx: AppContext; background: boolean }> = async (
  app,
  { ctx, background },
) => {
  await app.register(schedulerRoutes, { ctx });
  if (!background) return;
  let runner: { stop(): Promise<void> } | undefined;
  app.addHook('onReady', async () => {
    runner = startScheduler(ctx);
  });
  app.addHook('preClose', async () => {
    await runner?.stop();
  });
};
