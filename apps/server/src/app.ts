import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { announcementRoutes } from './domains/announcements/routes';
import { canteenRoutes } from './domains/canteens/routes';
import { bookingRoutes } from './domains/meeting-rooms/booking-routes';
import { calendarFeedRoutes } from './domains/meeting-rooms/feed-routes';
import { meetingRoomRoutes } from './domains/meeting-rooms/rooms-routes';
import { peopleDirectoryRoutes } from './domains/organisation/people-directory';
import { organisationRoutes } from './domains/organisation/routes';
import { spaceRoutes } from './domains/spaces/routes';
import { auditRoutes } from './platform/audit/routes';
import { startAuditSealer } from './platform/audit/sealer';
import authPlugin from './platform/auth/plugin';
import { authRoutes } from './platform/auth/routes';
import { calendarRoutes } from './platform/calendar/routes';
import { type Clock, systemClock } from './platform/clock';
import type { AppContext } from './platform/context';
import { deriveKeys, loadOrCreateSecret } from './platform/crypto';
import { handleError, registerErrorHandler, sendRouteNotFound } from './platform/error-handler';
import { fileRoutes } from './platform/files';
import { healthRoutes } from './platform/health';
import { loggerOptions } from './platform/logger';
import { registerMetrics } from './platform/metrics';
import { notificationRoutes } from './platform/notifications/routes';
import { rateLimitPlugin } from './platform/rate-limit';
import { schedulerPlugin } from './platform/scheduler/plugin';
import { testClockRoutes } from './platform/test-clock';
import { qrRoutes } from './platform/tokens';

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  /** run the audit sealer in the background (off in tests that seal by hand) */
  background?: boolean;
  /** close the database when the app closes (after the last audit seal) */
  ownsDatabase?: boolean;
}

const appsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../');

export async function buildApp(options: BuildAppOptions): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const { config, database } = options;
  const app = Fastify({
    logger: loggerOptions(config),
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    bodyLimit: 1_048_576,
    return503OnClosing: true,
    // errors Fastify raises before routing (e.g. an overlong URL parameter) get our JSON shape too
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();

  const ctx: AppContext = {
    config,
    db: database.db,
    database,
    clock: options.clock ?? systemClock,
    keys: deriveKeys(loadOrCreateSecret(config.secret, config.dataDir)),
    log: app.log,
  };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd and antd-mobile inject their CSS-in-JS as <style> elements
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  // per-route limits; counted in the database on PostgreSQL so they hold across processes
  await app.register(rateLimitPlugin, { ctx });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Houqin 后勤 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'houqin_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const registry = registerMetrics(app, database);
  await app.register(authPlugin, { ctx });
  await app.register(healthRoutes, { ctx, registry });
  await app.register(authRoutes, { ctx });
  await app.register(organisationRoutes, { ctx });
  await app.register(announcementRoutes, { ctx });
  await app.register(spaceRoutes, { ctx });
  await app.register(peopleDirectoryRoutes, { ctx });
  await app.register(meetingRoomRoutes, { ctx });
  await app.register(bookingRoutes, { ctx });
  await app.register(canteenRoutes, { ctx });
  await app.register(calendarFeedRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(calendarRoutes, { ctx });
  await app.register(notificationRoutes, { ctx });
  await app.register(fileRoutes, { ctx });
  await app.register(qrRoutes, { ctx });
  await app.register(testClockRoutes, { ctx });
  await app.register(schedulerPlugin, { ctx, background: options.background ?? true });

  if (config.serveApps) await serveApps(app);
  else app.setNotFoundHandler(sendRouteNotFound);

  const sealer = (options.background ?? true) ? startAuditSealer(ctx) : undefined;
  app.addHook('onClose', async () => {
    await sealer?.stop();
    if (options.ownsDatabase) await database.close();
  });
  return { app, ctx };
}

/** The built apps: the console at /admin, the mobile app at /, each with its own SPA fallback. */
async function serveApps(app: FastifyInstance) {
  const mobileDist = path.join(appsDir, 'mobile/dist');
  const adminDist = path.join(appsDir, 'admin/dist');
  for (const [dist, prefix] of [
    [adminDist, '/admin/'],
    [mobileDist, '/'],
  ] as const) {
    if (!fs.existsSync(dist)) continue;
    await app.register(fastifyStatic, {
      root: dist,
      prefix,
      decorateReply: prefix === '/',
      wildcard: false,
      index: false,
    });
  }
  const indexOf = (dist: string) => {
    const file = path.join(dist, 'index.html');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
  const mobileIndex = indexOf(mobileDist);
  const adminIndex = indexOf(adminDist);
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    if (request.method !== 'GET' || url.startsWith('/api/') || url === '/api')
      return sendRouteNotFound(request, reply);
    const html = url === '/admin' || url.startsWith('/admin/') ? adminIndex : mobileIndex;
    if (!html) return sendRouteNotFound(request, reply);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
