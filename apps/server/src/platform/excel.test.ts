import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExcelExport, readFirstSheet, sendExcel, sheetBacklogBytes, toExcelDate } from './excel';

interface Booking {
  room: string;
  people: number;
  fee: number;
  startsAt: Date;
  paid: boolean;
  note: string | null;
}

const bookings: Booking[] = [
  // 01:30Z is 09:30 in Asia/Shanghai and 23:00 the day before in St John's
  {
    room: '三楼会议室',
    people: 12,
    fee: 150.5,
    startsAt: new Date('2026-11-27T01:30:00Z'),
    paid: true,
    note: null,
  },
  {
    room: '报告厅',
    people: 200,
    fee: 0,
    startsAt: new Date('2026-12-31T16:00:00Z'),
    paid: false,
    note: '含茶歇',
  },
];

const spec = (rows: ExcelExport<Booking>['rows']): ExcelExport<Booking> => ({
  filename: '会议室预约.xlsx',
  sheetName: '预约',
  title: '会议室预约（单位：区发改局；时间：2026-11 至 2026-12）',
  columns: [
    { header: '会议室', value: (b) => b.room },
    { header: '人数', value: (b) => b.people },
    { header: '费用（元）', numFmt: '0.00', value: (b) => b.fee },
    {
      header: '开始时间',
      numFmt: 'yyyy-mm-dd hh:mm',
      value: (b) => toExcelDate(b.startsAt, 'Asia/Shanghai'),
    },
    { header: '已付款', value: (b) => b.paid },
    { header: '备注', value: (b) => b.note },
  ],
  rows,
});

async function loadSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('sendExcel', () => {
  let app: FastifyInstance;
  let sourceClosed = false;
  let produced = 0;

  async function* endless(): AsyncGenerator<Booking> {
    try {
      for (;;) {
        produced++;
        yield { ...bookings[1], people: produced } as Booking;
      }
    } finally {
      sourceClosed = true;
    }
  }

  beforeAll(async () => {
    app = Fastify({ logger: false });
    app.get('/bookings.xlsx', (_request, reply) => sendExcel(reply, spec(bookings)));
    app.get('/async.xlsx', (_request, reply) =>
      sendExcel(
        reply,
        spec(
          (async function* () {
            yield* bookings;
          })(),
        ),
      ),
    );
    app.get('/endless.xlsx', (_request, reply) => sendExcel(reply, spec(endless())));
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => app.close());

  it('runs under a half-hour-offset process zone (so hidden zone assumptions fail)', () => {
    expect(process.env.TZ).toBe('America/St_Johns');
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(210);
  });

  it('writes a title row, Chinese headers and typed cells', async () => {
    for (const url of ['/bookings.xlsx', '/async.xlsx']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('会议室预约.xlsx')}`,
      );
      const sheet = await loadSheet(res.rawPayload);
      expect(sheet.name).toBe('预约');
      expect(sheet.getCell('A1').value).toBe('会议室预约（单位：区发改局；时间：2026-11 至 2026-12）');
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.getRow(2).values).toEqual([
        undefined,
        '会议室',
        '人数',
        '费用（元）',
        '开始时间',
        '已付款',
        '备注',
      ]);
      const first = sheet.getRow(3);
      expect(first.getCell(1).value).toBe('三楼会议室');
      expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(2).value).toBe(12);
      expect(first.getCell(3).value).toBe(150.5);
      expect(first.getCell(3).numFmt).toBe('0.00');
      expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
      expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(first.getCell(5).type).toBe(ExcelJS.ValueType.Boolean);
      expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Null);
      expect(sheet.getRow(4).getCell(6).value).toBe('含茶歇');
      expect(sheet.rowCount).toBe(4);
    }
  });

  it('shows Asia/Shanghai wall time in date cells whatever the process zone', async () => {
    expect(toExcelDate(new Date('2026-11-27T01:30:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-27T09:30:00.000Z',
    );
    // 16:00Z on New Year's Eve is already 2027 in Shanghai (and still 13:30 on the 31st here)
    expect(toExcelDate(new Date('2026-12-31T16:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    const res = await app.inject({ method: 'GET', url: '/bookings.xlsx' });
    const sheet = await loadSheet(res.rawPayload);
    // Excel cells hold wall time; exceljs reads them back as that wall time in UTC
    expect((sheet.getCell('D3').value as Date).toISOString()).toBe('2026-11-27T09:30:00.000Z');
    expect((sheet.getCell('D4').value as Date).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    const text = await readFirstSheet(res.rawPayload);
    // and as text (an import reads date cells this way), not the process zone's toString()
    expect(text[2]?.[3]).toBe('2026-11-27 09:30');
    expect(text[3]?.[3]).toBe('2027-01-01 00:00');
  });

  it('can see the compressor backlog it throttles on (exceljs internals still have the expected shape)', () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['a']).commit();
    expect(sheetBacklogBytes(sheet)).toEqual(expect.any(Number));
  });

  it('stops reading the source when the client goes away', async () => {
    const { port } = app.server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/endless.xlsx' }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (err) => (err.message === 'socket hang up' ? resolve() : reject(err)));
    });
    await expect.poll(() => sourceClosed, { timeout: 5_000 }).toBe(true);
    const stoppedAt = produced;
    await new Promise((r) => setTimeout(r, 200));
    expect(produced).toBe(stoppedAt);
  });
});

describe('sendExcel memory', () => {
  it('streams 100,000 rows × 8 columns over HTTP in under 200 MB RSS', async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(here, '../../../../bench/excel-memory.ts'), '100000'],
      { cwd: here, timeout: 60_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toMatchObject({ rows: 100_000, columns: 8, status: 200 });
    expect(result.bytes).toBeGreaterThan(4_000_000);
    expect(result.peakRssMb).toBeLessThan(200);
  }, 60_000);
});
