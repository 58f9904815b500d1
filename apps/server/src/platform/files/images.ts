import sharp from 'sharp';

export const MAX_IMAGE_EDGE = 2560;
export const THUMBNAIL_EDGE = 320;
/** ~100 megapixels: refuses decompression bombs before sharp allocates for them */
const MAX_INPUT_PIXELS = 100_000_000;

export interface ReencodedImage {
  data: Buffer;
  thumbnail: Buffer;
  mime: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

export type ReencodeResult = { ok: true; image: ReencodedImage } | { ok: false; reason: 'unreadable' };

/**
 * Decodes and re-encodes an image so that nothing of the original file survives but its pixels:
 * turned upright by its EXIF orientation, then written without any metadata (EXIF, GPS, XMP, IPTC,
 * ICC comments), at most 2560 px on the long edge. Images with transparency become WebP, the rest
 * JPEG. A 320 px thumbnail is made from the cleaned image.
 */
export async function reencodeImage(input: Buffer): Promise<ReencodeResult> {
  try {
    const source = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await source.metadata();
    const mime = meta.hasAlpha ? 'image/webp' : 'image/jpeg';
    const pipeline = source
      .rotate()
      .resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      mime === 'image/webp'
        ? pipeline.webp({ quality: 85 })
        : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      image: { data, mime, width: info.width, height: info.height, thumbnail: await thumbnailOf(data, mime) },
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

async function thumbnailOf(cleaned: Buffer, mime: ReencodedImage['mime']): Promise<Buffer> {
  const pipeline = sharp(cleaned).resize({
    width: THUMBNAIL_EDGE,
    height: THUMBNAIL_EDGE,
    fit: 'inside',
    withoutEnlargement: true,
  });
  return (mime === 'image/webp' ? pipeline.webp({ quality: 75 }) : pipeline.jpeg({ quality: 75 })).toBuffer();
}
