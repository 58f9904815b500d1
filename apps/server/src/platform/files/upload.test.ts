import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';
import { files } from './tables';
import {
  docxBytes,
  elfBytes,
  exifTags,
  GPS_IFD_TAG,
  heicHeader,
  jpegWithGps,
  multipartFiles,
  type Part,
  pdfBytes,
  peBytes,
  pngWithAlpha,
} from './test-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('POST /api/files', () => {
  let t: TestApp;
  let org: TestOrg;
  let zhang: LoggedIn;
  const filesDir = () => path.join(t.ctx.config.dataDir, 'files');
  const storedPaths = () =>
    fs.existsSync(filesDir()) ? (fs.readdirSync(filesDir(), { recursive: true }) as string[]) : [];
  const rowsOf = (userId: string) => t.ctx.db.select().from(files).where(eq(files.ownerId, userId));

  beforeAll(async () => {
    // 20:00 UTC on 31 January is already 1 February in Shanghai: the folder follows the deployment zone
    t = await createTestApp({
      now: '2026-01-31T20:00:00Z',
      config: { files: { maxBytes: 1_000_000, maxPerRequest: 3 } },
    });
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
  });
  afterAll(async () => t.close());

  const upload = (parts: Part[], who: LoggedIn | null = zhang, headers: Record<string, string> = {}) => {
    const body = multipartFiles(parts);
    return t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: body.payload,
      headers: { ...(who?.headers ?? {}), ...body.headers, ...headers },
    });
  };
  const get = (url: string, who: LoggedIn = zhang) =>
    t.app.inject({ method: 'GET', url, headers: who.headers });

  it('re-encodes a photo: upright, at most 2560 px, no EXIF or GPS left, with a 320 px thumbnail', async () => {
    const original = await jpegWithGps();
    expect(exifTags((await sharp(original).metadata()).exif ?? Buffer.alloc(0)).has(GPS_IFD_TAG)).toBe(true);

    const res = await upload([{ filename: 'IMG_0001.JPG', data: original, contentType: 'image/jpeg' }]);
    expect(res.statusCode).toBe(201);
    const [file] = res.json().files;
    expect(file).toMatchObject({
      name: 'IMG_0001.JPG',
      kind: 'image',
      contentType: 'image/jpeg',
      width: 1707,
      height: 2560,
      url: `/api/files/${file.id}`,
      thumbnailUrl: `/api/files/${file.id}/thumbnail`,
      createdAt: '2026-01-31T20:00:00.000Z',
    });

    const served = await get(file.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBe(
      `inline; filename="IMG_0001.JPG"; filename*=UTF-8''IMG_0001.JPG`,
    );
    expect(served.headers['cache-control']).toContain('private');
    const meta = await sharp(served.rawPayload).metadata();
    // orientation 6 was applied to the pixels: the 3000×2000 landscape is now a portrait
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1707, 2560]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('TestCam'))).toBe(false);
    expect(createHash('sha256').update(served.rawPayload).digest('hex')).toBe(file.sha256);
    expect(file.size).toBe(served.rawPayload.length);

    const thumb = await get(file.thumbnailUrl);
    expect(thumb.statusCode).toBe(200);
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(thumbMeta.width ?? 0, thumbMeta.height ?? 0)).toBe(320);
    expect(thumbMeta.exif).toBeUndefined();

    // stored under DATA_DIR/files/<yyyy>/<mm>/<id> (month in Asia/Shanghai), thumbnail beside it
    const onDisk = path.join(filesDir(), '2026', '02', file.id);
    expect(fs.readFileSync(onDisk)).toEqual(served.rawPayload);
    expect(fs.existsSync(`${onDisk}.thumb`)).toBe(true);
    const [row] = await t.ctx.db.select().from(files).where(eq(files.id, file.id));
    expect(row).toMatchObject({
      ownerId: org.users.staffA.id,
      attachedType: null,
      storageKey: `2026/02/${file.id}`,
    });
    const [audit] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, file.id));
    expect(audit).toMatchObject({
      action: 'file.uploaded',
      entityType: 'file',
      actorId: org.users.staffA.id,
    });
  });

  it('keeps transparency as WebP and names the download after what is stored', async () => {
    const res = await upload([{ filename: 'logo.png', data: await pngWithAlpha() }]);
    expect(res.statusCode).toBe(201);
    const [file] = res.json().files;
    expect(file).toMatchObject({ contentType: 'image/webp', name: 'logo.webp', width: 400, height: 300 });
    const meta = await sharp((await get(file.url)).rawPayload).metadata();
    expect([meta.format, meta.hasAlpha]).toEqual(['webp', true]);
  });

  it('takes PDF, Word and Excel documents as they are, served as attachments', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').addRow(['数量', 3]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload([
      { filename: '会议纪要.pdf', data: pdfBytes() },
      { filename: 'notes.docx', data: docxBytes() },
      // the name says .txt: the content decides
      { filename: 'budget.txt', data: xlsx },
    ]);
    expect(res.statusCode).toBe(201);
    const list = res.json().files;
    expect(list.map((f: { contentType: string }) => f.contentType)).toEqual(['application/pdf', DOCX, XLSX]);
    expect(list.map((f: { name: string }) => f.name)).toEqual(['会议纪要.pdf', 'notes.docx', 'budget.xlsx']);
    expect(list[0].thumbnailUrl).toBeNull();
    const pdf = await get(list[0].url);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('会议纪要.pdf')}`,
    );
    expect(pdf.rawPayload).toEqual(pdfBytes());
    expect((await get(`${list[0].url}/thumbnail`)).statusCode).toBe(404);
  });

  it('refuses a renamed executable with FILE_TYPE_NOT_ALLOWED naming the file, storing nothing', async () => {
    const before = storedPaths().length;
    const rowsBefore = (await rowsOf(org.users.staffA.id)).length;
    const res = await upload([{ filename: 'photo.jpg', data: elfBytes(), contentType: 'image/jpeg' }]);
    expect(res.statusCode).toBe(415);
    const { error } = res.json();
    expect(error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(error.message).toContain('文件类型不允许');
    expect(error.details).toEqual({ filename: 'photo.jpg', detected: 'application/x-elf' });
    expect(error.issues).toEqual([{ path: 'body.files.0', message: expect.stringContaining('“photo.jpg”') }]);
    expect(error.issues[0].message).toContain('ELF');

    // a Windows one next to a real photo: the whole upload is refused, in English when asked
    const mixed = await upload(
      [
        { filename: 'ok.jpg', data: await jpegWithGps() },
        { filename: 'invoice.pdf.exe.jpg', data: peBytes() },
      ],
      zhang,
      { 'accept-language': 'en' },
    );
    expect(mixed.statusCode).toBe(415);
    expect(mixed.json().error.issues[0]).toEqual({
      path: 'body.files.1',
      message: expect.stringContaining('"invoice.pdf.exe.jpg" is not an allowed file type'),
    });
    expect(storedPaths().length).toBe(before);
    expect((await rowsOf(org.users.staffA.id)).length).toBe(rowsBefore);
  });

  it('refuses other contents: empty, HTML, SVG, plain zip', async () => {
    for (const [filename, data] of [
      ['empty.jpg', Buffer.alloc(0)],
      ['page.png', Buffer.from('<html><script>alert(1)</script></html>')],
      ['icon.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ['photos.zip', Buffer.from('PK\u0003\u0004')],
    ] as const) {
      const res = await upload([{ filename, data }]);
      expect(res.statusCode, filename).toBe(415);
      expect(res.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    }
  });

  it('says clearly that a HEIC photo it cannot decode is refused, and why', async () => {
    const res = await upload([{ filename: 'IMG_0002.HEIC', data: heicHeader() }]);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('FILE_IMAGE_UNREADABLE');
    expect(error.issues[0].message).toContain('HEIC');
    expect(error.issues[0].message).toContain('兼容性最佳');
  });

  it('refuses a file over the size limit with 413 PAYLOAD_TOO_LARGE, and too many files with 413', async () => {
    const before = storedPaths().length;
    const big = await upload([
      { filename: 'scan.pdf', data: Buffer.concat([pdfBytes(), Buffer.alloc(1_100_000)]) },
    ]);
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { filename: 'scan.pdf', maxBytes: 1_000_000 },
    });
    expect(big.json().error.issues[0].message).toContain('“scan.pdf”超过 1 MB');

    const many = await upload(
      Array.from({ length: 4 }, (_, i) => ({ filename: `${i}.pdf`, data: pdfBytes() })),
    );
    expect(many.statusCode).toBe(413);
    expect(many.json().error).toMatchObject({ code: 'FILES_TOO_MANY', details: { max: 3 } });
    expect(storedPaths().length).toBe(before);
  });

  it('needs a session and the CSRF token; an empty form is a validation error', async () => {
    const anonymous = await upload([{ filename: 'a.pdf', data: pdfBytes() }], null);
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await upload([{ filename: 'a.pdf', data: pdfBytes() }], null, { cookie: zhang.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: { files: [] },
      headers: zhang.headers,
    });
    expect(json.statusCode).toBe(400);
    const empty = await upload([]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues[0].path).toBe('body.files');
  });

  it('stores a safe name: no path, no direction tricks', async () => {
    const res = await upload([{ filename: '..\\..\\报销\u202Egpj.exe', data: pdfBytes() }]);
    expect(res.statusCode).toBe(201);
    expect(res.json().files[0].name).toBe('报销gpj.pdf');
  });
});
