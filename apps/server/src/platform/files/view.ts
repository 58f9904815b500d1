import type { StoredFile } from '@houqin/contracts';
import { downloadName } from './names';
import type { FileRow } from './tables';

/** A file row as the API shows it (modules use it for their records' attachments too). */
export function toStoredFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    name: downloadName(row.originalName, row.contentType),
    kind: row.kind,
    contentType: row.contentType,
    size: row.sizeBytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    url: `/api/files/${row.id}`,
    thumbnailUrl: row.thumbnailBytes === null ? null : `/api/files/${row.id}/thumbnail`,
    createdAt: row.createdAt.toISOString(),
  };
}
