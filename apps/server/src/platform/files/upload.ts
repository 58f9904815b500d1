import { createHash, randomUUID } from 'node:crypto';
import type { StoredFile } from '@houqin/contracts';
import { recordAudit } from '../audit/record';
import { type Caller, requireActor } from '../auth/actor';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Locale } from '../i18n';
import { detectContent } from './content-type';
import { reencodeImage } from './images';
import { uploadMessages } from './messages';
import { sanitizeFileName } from './names';
import { insertFileRows } from './repository';
import { fileStore, removeFileBytes, storageKeyFor, writeFileBytes } from './storage';
import type { FileRow } from './tables';
import { toStoredFile } from './view';

/** One file of a multipart upload, read whole (the route enforces size and count limits). */
export interface IncomingFile {
  filename: string;
  data: Buffer;
}

interface Prepared {
  kind: 'image' | 'document';
  contentType: string;
  name: string;
  data: Buffer;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
}

const refuse = (
  code: 'FILE_TYPE_NOT_ALLOWED' | 'FILE_IMAGE_UNREADABLE',
  index: number,
  details: Record<string, unknown>,
  message: string,
) => new AppError(code, details, [{ path: `body.files.${index}`, message }]);

/** Decides the type from the bytes; re-encodes images (metadata stripped) and makes a thumbnail. */
async function prepare(file: IncomingFile, index: number, locale: Locale): Promise<Prepared> {
  const name = sanitizeFileName(file.filename);
  const detected = await detectContent(file.data);
  if (detected.kind === 'refused') {
    throw refuse(
      'FILE_TYPE_NOT_ALLOWED',
      index,
      { filename: name, detected: detected.mime },
      uploadMessages.typeNotAllowed(name, detected.ext, locale),
    );
  }
  if (detected.kind === 'document') {
    return {
      kind: 'document',
      contentType: detected.mime,
      name,
      data: file.data,
      thumbnail: null,
      width: null,
      height: null,
    };
  }
  const result = await reencodeImage(file.data);
  if (!result.ok) {
    const heic = detected.mime === 'image/heic';
    throw refuse(
      'FILE_IMAGE_UNREADABLE',
      index,
      { filename: name, detected: detected.mime },
      heic ? uploadMessages.heicUnsupported(name, locale) : uploadMessages.imageUnreadable(name, locale),
    );
  }
  const { image } = result;
  return {
    kind: 'image',
    contentType: image.mime,
    name,
    data: image.data,
    thumbnail: image.thumbnail,
    width: image.width,
    height: image.height,
  };
}

function rowFor(p: Prepared, ownerId: string, now: Date, timeZone: string): FileRow {
  const id = randomUUID();
  return {
    id,
    ownerId,
    kind: p.kind,
    contentType: p.contentType,
    sizeBytes: p.data.length,
    sha256: createHash('sha256').update(p.data).digest('hex'),
    originalName: p.name,
    storageKey: storageKeyFor(id, now, timeZone),
    width: p.width,
    height: p.height,
    thumbnailBytes: p.thumbnail?.length ?? null,
    createdAt: now,
    attachedType: null,
    attachedId: null,
    attachedAt: null,
  };
}

/**
 * Stores the files of one upload for the signed-in user, all or nothing: every file is checked
 * and converted before anything is written, so one refused file leaves no trace of the others.
 * The files stay unattached (and are deleted after a day) until a module attaches them.
 */
export async function uploadFiles(
  ctx: AppContext,
  caller: Caller,
  read: () => Promise<IncomingFile[]>,
  locale: Locale,
): Promise<StoredFile[]> {
  const actor = requireActor(caller);
  const incoming = await read();
  if (incoming.length === 0) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.files', message: uploadMessages.noFile(locale) },
    ]);
  }
  const prepared: Prepared[] = [];
  for (const [index, file] of incoming.entries()) prepared.push(await prepare(file, index, locale));

  const now = ctx.clock.now();
  const store = fileStore(ctx.config.dataDir);
  const items = prepared.map((file) => ({ file, row: rowFor(file, actor.id, now, ctx.config.timeZone) }));
  const rows = items.map((i) => i.row);

  const written: string[] = [];
  try {
    for (const { file, row } of items) {
      written.push(row.storageKey);
      await writeFileBytes(store, row.storageKey, file.data, file.thumbnail);
    }
    await ctx.db.transaction(async (tx) => {
      await insertFileRows(tx, rows);
      for (const row of rows) {
        await recordAudit(
          tx,
          caller,
          {
            action: 'file.uploaded',
            entityType: 'file',
            entityId: row.id,
            after: {
              name: row.originalName,
              contentType: row.contentType,
              size: row.sizeBytes,
              sha256: row.sha256,
            },
          },
          now,
        );
      }
    });
  } catch (err) {
    await Promise.allSettled(written.map((key) => removeFileBytes(store, key)));
    throw err;
  }
  return rows.map(toStoredFile);
}
