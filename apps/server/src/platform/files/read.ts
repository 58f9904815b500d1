import fs from 'node:fs';
import { type Caller, requireActor } from '../auth/actor';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { mayReadFile } from './access';
import { contentDisposition, downloadName } from './names';
import { findFileById } from './repository';
import { fileStore, pathOf } from './storage';

export interface FileDownload {
  stream: fs.ReadStream;
  size: number;
  contentType: string;
  disposition: string;
  etag: string;
}

/**
 * Opens a file (or its thumbnail) for the caller. Unknown, not allowed and missing-on-disk all
 * answer the same NOT_FOUND, so the API never tells whether a file it will not show exists.
 */
export async function openFile(
  ctx: AppContext,
  caller: Caller,
  id: string,
  variant: 'original' | 'thumbnail',
): Promise<FileDownload> {
  const actor = requireActor(caller);
  const row = await findFileById(ctx.db, id);
  if (!row || !(await mayReadFile(ctx, actor, row))) throw notFound('file');
  if (variant === 'thumbnail' && row.thumbnailBytes === null) throw notFound('file');
  const path = pathOf(fileStore(ctx.config.dataDir), row.storageKey, variant);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(path, 'r');
  } catch (err) {
    ctx.log.warn({ err, fileId: id, variant }, 'file bytes missing');
    throw notFound('file');
  }
  const name = downloadName(row.originalName, row.contentType);
  return {
    stream: handle.createReadStream(),
    size: variant === 'thumbnail' ? (row.thumbnailBytes ?? 0) : row.sizeBytes,
    contentType: row.contentType,
    disposition: contentDisposition(row.kind === 'image' ? 'inline' : 'attachment', name),
    etag: `"${row.sha256.slice(0, 32)}${variant === 'thumbnail' ? '-t' : ''}"`,
  };
}
