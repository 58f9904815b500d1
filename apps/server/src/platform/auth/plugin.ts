import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../context';
import { safeEqual } from '../crypto';
import { AppError } from '../errors';
import type { Caller } from './actor';
import { type ResolvedSession, resolveSession } from './sessions';

export const SESSION_COOKIE = 'houqin_sid';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
    caller: Caller;
  }
  interface FastifyContextConfig {
    /** skip the CSRF check (only for routes that establish a session, like login) */
    skipCsrf?: boolean;
  }
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every /api request into request.caller, and requires the
 * X-CSRF-Token header on cookie-authenticated mutations. Routes decide who may do what through
 * the services' policies; this only says who is asking.
 */
async function authPlugin(app: FastifyInstance, opts: { ctx: AppContext }) {
  app.decorateRequest('session', null);
  app.decorateRequest('caller', null as unknown as Caller);

  // CSRF is checked as soon as the session is known, before the body is parsed or validated:
  // a forged request is refused whatever it carries.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const userAgent = request.headers['user-agent'] ?? null;
    request.caller = { actor: null, ip: request.ip, userAgent };
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const session = await resolveSession(opts.ctx, token);
    if (!session) return;
    request.session = session;
    request.caller = { actor: session.user, ip: request.ip, userAgent };
    if (!mutating.has(request.method) || request.routeOptions.config?.skipCsrf) return;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) {
      throw new AppError('CSRF_TOKEN_INVALID');
    }
  });
}

export default fp(authPlugin, { name: 'houqin-auth', dependencies: ['@fastify/cookie'] });
