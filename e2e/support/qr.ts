import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { expect } from 'vitest';

/** A QR code shown on a page (a pass, a room label), read the way a camera reads it. */
export async function decodeQr(image: Locator): Promise<string> {
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  const png = await image.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
  );
  if (!code) throw new Error('the image carries no readable QR code');
  return code.data;
}

/**
 * A Y4M video (what Chromium's fake camera plays) of a QR image: grey 640×480 frames with the code
 * in the middle, in limited-range luma, no colour.
 */
export async function y4mOf(png: Buffer): Promise<Buffer> {
  const [width, height, size] = [640, 480, 400];
  const grey = await sharp(png)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .resize(size, size, { kernel: 'nearest' })
    .extend({
      top: (height - size) / 2,
      bottom: (height - size) / 2,
      left: (width - size) / 2,
      right: (width - size) / 2,
      background: '#ffffff',
    })
    .raw()
    .toBuffer();
  const luma = Buffer.from(grey.map((v) => 16 + Math.round((v * 219) / 255)));
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]);
}
