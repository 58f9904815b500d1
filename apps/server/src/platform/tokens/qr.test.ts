import jsQR from 'jsqr';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { qrPng, qrSvg } from './qr';
import { signToken } from './signed';

/**
 * Reads a rendered QR back module by module (the centre pixel of each) and compares it with the
 * matrix the text encodes at error correction M: the image carries exactly that symbol.
 */
async function expectSymbolOf(image: Buffer, text: string, renderWidth?: number) {
  const pipeline = renderWidth ? sharp(image, { density: 300 }).resize(renderWidth) : sharp(image);
  const { data, info } = await pipeline.greyscale().raw().toBuffer({ resolveWithObject: true });
  const matrix = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const total = matrix.size + 4; // 2-module quiet zone on each side
  // PNG: whole-pixel modules centred on the canvas; SVG: the vector scaled to the full width
  const side = renderWidth ? info.width / total : Math.floor(info.width / total);
  const offset = (info.width - total * side) / 2;
  let mismatches = 0;
  for (let r = -2; r < matrix.size + 2; r++) {
    for (let c = -2; c < matrix.size + 2; c++) {
      const x = Math.floor(offset + (c + 2 + 0.5) * side);
      const y = Math.floor(offset + (r + 2 + 0.5) * side);
      const dark = (data[y * info.width + x] ?? 255) < 128;
      const inside = r >= 0 && c >= 0 && r < matrix.size && c < matrix.size;
      if (dark !== (inside && matrix.get(r, c) === 1)) mismatches += 1;
    }
  }
  expect(mismatches).toBe(0);
}

describe('QR images', () => {
  const text = 'eyJ2IjoxLCJpIjoiYWJjIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmUtc2ln';

  it.each([128, 300, 512, 1000])('renders a real PNG of exactly %i px carrying the symbol', async (size) => {
    const png = await qrPng(text, size);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    await expectSymbolOf(png, text);
  });

  it('decodes back to the text with an independent QR reader (jsQR), as a phone camera would', async () => {
    const png = await qrPng(text, 300);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const decoded = jsQR(
      new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      info.width,
      info.height,
    );
    expect(decoded?.data).toBe(text);
  });

  it('renders a well-formed SVG carrying the symbol', async () => {
    const svg = await qrSvg(text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain(text);
    // librsvg refuses malformed XML: rendering it proves the document parses
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect(meta.format).toBe('svg');
    await expectSymbolOf(Buffer.from(svg), text, 740);
  });
});

describe('GET /api/qr', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  });
  afterAll(async () => t.close());

  const token = () =>
    signToken(t.ctx, {
      purpose: 'visitor.pass',
      subject: 'visit-1',
      expiresAt: new Date(t.clock.now().getTime() + 60_000),
    });
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/api/qr?${query}` });

  it('draws a token this server signed: SVG by default, PNG on request', async () => {
    const signed = token();
    const svg = await get(`data=${signed}`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['x-content-type-options']).toBe('nosniff');
    await expectSymbolOf(svg.rawPayload, signed, 740);

    const png = await get(`data=${signed}&format=png&size=256`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const meta = await sharp(png.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 256, 256]);
  });

  it('is no QR service for other text: unsigned, altered or expired data is refused', async () => {
    for (const data of ['https://example.com/phishing', `${token().slice(0, -2)}AA`, 'a.b']) {
      const res = await get(`data=${encodeURIComponent(data)}`);
      expect(res.statusCode, data).toBe(422);
      expect(res.json().error.code).toBe('TOKEN_INVALID');
    }
    const old = token();
    t.clock.advance(60_000);
    const expired = await get(`data=${old}`);
    expect(expired.statusCode).toBe(422);
    expect(expired.json().error).toMatchObject({ code: 'TOKEN_EXPIRED', message: '二维码或凭证已过期' });
  });

  it('validates the query', async () => {
    expect((await get('')).statusCode).toBe(400);
    expect((await get(`data=${'A'.repeat(1025)}`)).statusCode).toBe(400);
    expect((await get(`data=${token()}&format=gif`)).statusCode).toBe(400);
    expect((await get(`data=${token()}&format=png&size=5000`)).statusCode).toBe(400);
  });
});
