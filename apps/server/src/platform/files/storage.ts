import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The bytes of uploaded files: DATA_DIR/files/<yyyy>/<mm>/<id> and, for images, <id>.thumb.
 * Keys are built here from a uuid and a date, never from anything a client sent.
 */
export interface FileStore {
  root: string;
}

export const fileStore = (dataDir: string): FileStore => ({ root: path.join(dataDir, 'files') });

const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/** yyyy/mm/<id>, the month as the deployment's calendar shows it. */
export function storageKeyFor(id: string, createdAt: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(createdAt);
  const year = parts.find((p) => p.type === 'year')?.value ?? '0000';
  const month = parts.find((p) => p.type === 'month')?.value ?? '00';
  return `${year}/${month}/${id}`;
}

export function pathOf(
  store: FileStore,
  key: string,
  variant: 'original' | 'thumbnail' = 'original',
): string {
  if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
  return path.join(store.root, ...key.split('/')) + (variant === 'thumbnail' ? '.thumb' : '');
}

/** Writes to a temporary name and renames, so a reader never sees half a file. */
async function writeAtomic(target: string, data: Buffer): Promise<void> {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.promises.writeFile(temp, data, { mode: 0o640, flag: 'wx' });
  await fs.promises.rename(temp, target);
}

export async function writeFileBytes(
  store: FileStore,
  key: string,
  data: Buffer,
  thumbnail: Buffer | null,
): Promise<void> {
  await writeAtomic(pathOf(store, key), data);
  if (thumbnail) await writeAtomic(pathOf(store, key, 'thumbnail'), thumbnail);
}

/** Removes a file's bytes and thumbnail; already missing is fine. */
export async function removeFileBytes(store: FileStore, key: string): Promise<void> {
  await fs.promises.rm(pathOf(store, key), { force: true });
  await fs.promises.rm(pathOf(store, key, 'thumbnail'), { force: true });
}

export function openFileStream(
  store: FileStore,
  key: string,
  variant: 'original' | 'thumbnail',
): fs.ReadStream {
  return fs.createReadStream(pathOf(store, key, variant));
}
