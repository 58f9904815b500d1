import { fileTypeFromBuffer } from 'file-type';

/** What an upload is, decided from its bytes alone (the name and the client's type are ignored). */
export type Detected =
  | { kind: 'image'; mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' }
  | { kind: 'document'; mime: DocumentMime; ext: 'pdf' | 'docx' | 'xlsx' }
  | { kind: 'refused'; mime: string | null; ext: string | null };

type DocumentMime = (typeof documentTypes)[keyof typeof documentTypes]['mime'];

const imageTypes = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/webp': 'image/webp',
  // iPhone photos; file-type names some HEIF variants image/heif
  'image/heic': 'image/heic',
  'image/heif': 'image/heic',
  'image/heic-sequence': 'image/heic',
  'image/heif-sequence': 'image/heic',
} as const;

const documentTypes = {
  pdf: { mime: 'application/pdf', ext: 'pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
} as const;

/**
 * Sniffs the bytes. Images and PDF/Word/Excel documents pass; everything else (executables,
 * archives, macro-enabled Office files, HTML, SVG, plain text…) is refused.
 */
export async function detectContent(data: Buffer): Promise<Detected> {
  const found = await fileTypeFromBuffer(data);
  if (!found) return { kind: 'refused', mime: null, ext: null };
  if (Object.hasOwn(imageTypes, found.mime)) {
    return { kind: 'image', mime: imageTypes[found.mime as keyof typeof imageTypes] };
  }
  if (Object.hasOwn(documentTypes, found.ext)) {
    const doc = documentTypes[found.ext as keyof typeof documentTypes];
    if (doc.mime === found.mime) return { kind: 'document', mime: doc.mime, ext: doc.ext };
  }
  return { kind: 'refused', mime: found.mime, ext: found.ext };
}
