import { changePasswordInputSchema, loginInputSchema, okSchema, sessionSchema } from '@houqin/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { requireActor } from './actor';
import { login } from './login';
import { changeOwnPassword } from './password-change';
import { SESSION_COOKIE } from './plugin';
import { endSession } from './sessions';

function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    maxAge: ctx.config.session.absoluteHours * 3600,
  });
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], body: loginInputSchema, response: { 200: sessionSchema } },
      config: {
        skipCsrf: true,
        rateLimit: { max: ctx.config.auth.rateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const result = await login(ctx, request.caller, request.body);
      setSessionCookie(ctx, reply, result.token);
      return result.session;
    },
  );

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], response: { 200: sessionSchema } } },
    async (request) => {
      if (!request.session) throw new AppError('UNAUTHENTICATED');
      return { user: request.session.user, csrfToken: request.session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    // no body (Fastify validates it as null) or an empty object; anything else is a client error
    { schema: { tags: ['auth'], body: z.strictObject({}).nullish(), response: { 200: okSchema } } },
    async (request, reply) => {
      const session = request.session;
      if (session) await endSession(ctx, request.caller, session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/password',
    {
      schema: { tags: ['auth'], body: changePasswordInputSchema, response: { 200: sessionSchema } },
      // the current password can be guessed here too: same per-client limit as the login
      config: { rateLimit: { max: ctx.config.auth.rateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      requireActor(request.caller);
      const session = request.session;
      if (!session) throw new AppError('UNAUTHENTICATED');
      const result = await changeOwnPassword(ctx, request.caller, session, request.body);
      setSessionCookie(ctx, reply, result.token);
      return result.session;
    },
  );
};
