import multipart from '@fastify/multipart';
import { idParamsSchema, uploadFilesResultSchema } from '@houqin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { type Locale, pickLocale } from '../i18n';
import { uploadMessages } from './messages';
// declares the hourly orphan cleanup with the scheduler
import './orphans';
import { type FileDownload, openFile } from './read';
import { type IncomingFile, uploadFiles } from './upload';

const codeOf = (err: unknown) => (err as { code?: unknown }).code;

/**
 * Reads every file part of the request whole. Over the size or count limit becomes
 * PAYLOAD_TOO_LARGE / FILES_TOO_MANY naming the file or the limit; a broken form is the client's.
 */
async function readParts(request: FastifyRequest, limits: AppContext['config']['files'], locale: Locale) {
  const files: IncomingFile[] = [];
  try {
    for await (const part of request.files()) {
      files.push({ filename: part.filename, data: await part.toBuffer() });
    }
    return files;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      const name = (err as { part?: { filename?: string } }).part?.filename ?? '';
      const message = uploadMessages.tooLarge(name, limits.maxBytes, locale);
      throw new AppError('PAYLOAD_TOO_LARGE', { filename: name, maxBytes: limits.maxBytes }, [
        { path: `body.files.${files.length}`, message },
      ]);
    }
    if (code === 'FST_FILES_LIMIT') {
      const message = uploadMessages.tooMany(limits.maxPerRequest, locale);
      throw new AppError('FILES_TOO_MANY', { max: limits.maxPerRequest }, [{ path: 'body.files', message }]);
    }
    if (err instanceof AppError || (typeof code === 'string' && code.startsWith('FST_'))) throw err;
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.files', message: 'VALIDATION_FAILED' },
    ]);
  }
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: FileDownload) {
  reply
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=3600')
    .header('etag', file.etag)
    // a served file is never a page: no scripts, no plugins, even if a browser is tricked into rendering it
    .header(
      'content-security-policy',
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
  if (request.headers['if-none-match'] === file.etag) {
    file.stream.destroy();
    return reply.status(304).send();
  }
  return reply
    .type(file.contentType)
    .header('content-length', file.size)
    .header('content-disposition', file.disposition)
    .send(file.stream);
}

/** POST /api/files (multipart, field name free), GET /api/files/:id and /api/files/:id/thumbnail. */
export const fileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const limits = ctx.config.files;
  // @fastify/busboy reads file names as UTF-8, as browsers send them
  await app.register(multipart, {
    limits: {
      files: limits.maxPerRequest,
      fileSize: limits.maxBytes,
      fields: 10,
      parts: limits.maxPerRequest + 10,
    },
    throwFileSizeLimit: true,
  });

  app.post(
    '/api/files',
    {
      schema: {
        tags: ['files'],
        consumes: ['multipart/form-data'],
        response: { 201: uploadFilesResultSchema },
      },
    },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      const files = await uploadFiles(ctx, request.caller, () => readParts(request, limits, locale), locale);
      return reply.status(201).send({ files });
    },
  );

  app.get('/api/files/:id', { schema: { tags: ['files'], params: idParamsSchema } }, async (request, reply) =>
    sendFile(request, reply, await openFile(ctx, request.caller, request.params.id, 'original')),
  );

  app.get(
    '/api/files/:id/thumbnail',
    { schema: { tags: ['files'], params: idParamsSchema } },
    async (request, reply) =>
      sendFile(request, reply, await openFile(ctx, request.caller, request.params.id, 'thumbnail')),
  );
};
