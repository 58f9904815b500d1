import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface ExcelColumn<Row> {
  header: string;
  width?: number;
  /** cell value: numbers and Dates stay numbers and dates in Excel */
  value: (row: Row) => string | number | Date | boolean | null | undefined;
  /** Excel number format, e.g. '0.00' or 'yyyy-mm-dd hh:mm' */
  numFmt?: string;
}

export interface ExcelExport<Row> {
  filename: string;
  sheetName: string;
  /** the first row: what this is and which filters produced it */
  title: string;
  columns: ExcelColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

/**
 * Streams an .xlsx to the client: rows are written and flushed one by one, so a large export
 * never sits in memory whole. Dates must already be in the deployment zone's wall time (see
 * toExcelDate), because Excel cells have no time zone.
 */
export async function sendExcel<Row>(reply: FastifyReply, spec: ExcelExport<Row>): Promise<FastifyReply> {
  const stream = new PassThrough();
  const encoded = encodeURIComponent(spec.filename);
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encoded}`)
    .header('cache-control', 'no-store');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(spec.sheetName);
  sheet.columns = spec.columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? 16,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const title = sheet.addRow([spec.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  const write = (async () => {
    for await (const row of spec.rows) {
      sheet.addRow(spec.columns.map((c) => c.value(row) ?? null)).commit();
    }
    sheet.commit();
    await workbook.commit();
  })();
  write.catch((err) => stream.destroy(err));
  return reply.send(stream);
}

/**
 * Excel stores wall-clock time without a zone: shift the instant so the cell shows the time in
 * the deployment zone (e.g. 2026-11-27 09:30 in Asia/Shanghai), whatever the server's TZ.
 */
export function toExcelDate(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
      instant.getUTCMilliseconds(),
    ),
  );
}

/** Reads a workbook's first sheet as arrays of cell text (for imports and for tests). */
export async function readFirstSheet(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.text ?? '';
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}
