import { z } from 'zod';

/** An uploaded file as the apps see it; `url`/`thumbnailUrl` serve the bytes to those allowed. */
export const storedFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['image', 'document']),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export const uploadFilesResultSchema = z.object({ files: z.array(storedFileSchema) });
export type UploadFilesResult = z.infer<typeof uploadFilesResultSchema>;

/**
 * For the apps' <input accept>: what the server takes (it decides from the content). HEIC is left
 * out on purpose: the server's image library cannot decode it, and with HEIC not accepted an
 * iPhone hands the page a JPEG instead.
 */
export const acceptedUploadTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** GET /api/qr: a QR image of a token this server signed. */
export const qrQuerySchema = z.strictObject({
  data: z.string().min(1).max(1024),
  format: z.enum(['svg', 'png']).default('svg'),
  /** PNG width and height in pixels */
  size: z.coerce.number().int().min(64).max(2048).default(512),
});
export type QrQuery = z.infer<typeof qrQuerySchema>;
