import QRCode from 'qrcode';
import sharp from 'sharp';

/** Error correction M (~15% of the symbol may be damaged), a 2-module quiet zone. */
const base = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** A QR code as a standalone SVG document (paths only: the text is not in it as text). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...base, type: 'svg' });
}

/**
 * A QR code as a PNG exactly `size` pixels square. Modules are drawn whole-pixel (the largest
 * integer scale that fits) so edges stay sharp for scanners, then centred on white.
 */
export async function qrPng(text: string, size: number): Promise<Buffer> {
  const modules = QRCode.create(text, base).modules.size + base.margin * 2;
  const scale = Math.max(1, Math.floor(size / modules));
  const png = await QRCode.toBuffer(text, { ...base, type: 'png', scale });
  const width = modules * scale;
  if (width === size) return png;
  if (width > size) return sharp(png).resize(size, size, { kernel: 'nearest' }).png().toBuffer();
  const before = Math.floor((size - width) / 2);
  const after = size - width - before;
  return sharp(png)
    .extend({ top: before, bottom: after, left: before, right: after, background: '#ffffff' })
    .png()
    .toBuffer();
}
