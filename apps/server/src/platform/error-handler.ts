import type { ApiIssue, ErrorCode } from '@houqin/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorStatus, sqlState } from './errors';
import { edgeMessages, errorMessage, fieldMessage, issueMessage, type Locale, pickLocale } from './i18n';

const contextName: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** The part of the request a validation context refers to. */
function sourceOf(request: FastifyRequest, context: string): unknown {
  if (context === 'query') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

/** The value at a path inside what the client sent (zod 4 issues do not carry it). */
function valueAt(source: unknown, path: string[]): unknown {
  let value = source;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function validationIssues(error: FastifyError, request: FastifyRequest, locale: Locale): ApiIssue[] {
  const context = contextName[error.validationContext ?? 'body'] ?? 'body';
  const source = sourceOf(request, context);
  const issues: ApiIssue[] = [];
  for (const v of error.validation ?? []) {
    const path = v.instancePath.split('/').filter(Boolean);
    const params = (v.params ?? {}) as Record<string, unknown>;
    const raw = { code: v.keyword, path, params, input: valueAt(source, path) };
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

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathOf(visit: Visit, last?: string): string[] {
  const path = last === undefined ? [] : [last];
  for (let v: Visit | null = visit; v?.key !== null && v; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * Path of the first string holding U+0000 (PostgreSQL refuses it in text and jsonb, so it would
 * fail as a 500 deep in a query). Walks iteratively with parent links: linear in the size of the
 * body however deeply it nests, and no stack to overflow.
 */
export function findNulCharacter(value: unknown): string[] | undefined {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const v = visit.value;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(visit);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\u0000')) return pathOf(visit, key);
        stack.push({ value: child, key, parent: visit });
      }
    }
  }
  return undefined;
}

/** SQLSTATEs of values the database cannot take (NUL bytes, overflow, bad dates): the client's fault. */
const dataExceptionStates = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05']);

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
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const sources = { body: request.body, query: request.query, params: request.params };
    for (const [context, value] of Object.entries(sources)) {
      const path = findNulCharacter(value);
      if (!path) continue;
      const locale = pickLocale(request.headers['accept-language']);
      const field = [context, ...path].join('.');
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: field, message: fieldMessage(field, edgeMessages.nulCharacter[locale], locale) },
      ]);
    }
  });

  app.setErrorHandler(handleError);
}

/** The handler itself; also Fastify's `frameworkErrors` option (bad URLs, over-long params). */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request.headers['accept-language']);
  if (hasZodFastifySchemaValidationErrors(error)) {
    return send(reply, locale, 'VALIDATION_FAILED', { issues: validationIssues(error, request, locale) });
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
  if (error instanceof SyntaxError && error.statusCode === 400) return send(reply, locale, 'MALFORMED_JSON');
  const state = sqlState(error);
  if (state && dataExceptionStates.has(state)) {
    request.log.warn({ err: error }, 'database refused a value from the request');
    return send(reply, locale, 'VALIDATION_FAILED');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return send(reply, locale, 'VALIDATION_FAILED', { status: error.statusCode });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, locale, 'INTERNAL_ERROR');
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, pickLocale(request.headers['accept-language']), 'ROUTE_NOT_FOUND');
}
