import type { ApiIssue, ErrorCode } from '@houqin/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorStatus } from './errors';
import { errorMessage, issueMessage, type Locale, pickLocale } from './i18n';

const contextName: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function validationIssues(error: FastifyError, locale: Locale): ApiIssue[] {
  const context = contextName[error.validationContext ?? 'body'] ?? 'body';
  const issues: ApiIssue[] = [];
  for (const v of error.validation ?? []) {
    const path = v.instancePath.split('/').filter(Boolean);
    const params = (v.params ?? {}) as Record<string, unknown>;
    const raw = { code: v.keyword, path, params };
    // an unknown field is reported on the object that holds it: name the field itself instead
    if (v.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      for (const key of params.keys as string[]) {
        const field = [context, ...path, key].join('.');
        issues.push({ path: field, message: issueMessage(raw, field, locale) });
      }
      continue;
    }
    const field = [context, ...path].join('.');
    issues.push({ path: field, message: issueMessage(raw, field, locale) });
  }
  return issues;
}

function send(
  reply: FastifyReply,
  locale: Locale,
  code: ErrorCode,
  extra: Partial<{ issues: ApiIssue[]; details: Record<string, unknown>; status: number }> = {},
) {
  const body: { error: Record<string, unknown> } = { error: { code, message: errorMessage(code, locale) } };
  if (extra.issues) body.error.issues = extra.issues;
  if (extra.details) body.error.details = extra.details;
  return reply.status(extra.status ?? errorStatus[code]).send(body);
}

/** Fastify's own client errors, by their code. */
const fastifyClientErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'VALIDATION_FAILED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'VALIDATION_FAILED',
};

/**
 * The one error handler: rule violations and validation become localized JSON with a code;
 * anything unexpected is logged in full and answered 500 without details.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = pickLocale(request.headers['accept-language']);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(reply, locale, 'VALIDATION_FAILED', { issues: validationIssues(error, locale) });
    }
    if (error instanceof AppError) {
      const issues = error.issues?.map((i) => ({
        path: i.path,
        message: i.message in errorStatus ? errorMessage(i.message as ErrorCode, locale) : i.message,
      }));
      return send(reply, locale, error.code, { issues, details: error.details });
    }
    const mapped = error.code ? fastifyClientErrors[error.code] : undefined;
    if (mapped) {
      const status = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 415 : undefined;
      return send(reply, locale, mapped, { status });
    }
    if (error.statusCode === 429) return send(reply, locale, 'RATE_LIMITED');
    if (error instanceof SyntaxError && error.statusCode === 400)
      return send(reply, locale, 'MALFORMED_JSON');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return send(reply, locale, 'VALIDATION_FAILED', { status: error.statusCode });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, locale, 'INTERNAL_ERROR');
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, pickLocale(request.headers['accept-language']), 'ROUTE_NOT_FOUND');
}
