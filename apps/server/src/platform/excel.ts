import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { wallClockAsUtc } from './zoned-time';

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
    let written = 0;
    for await (const row of spec.rows) {
      // the client went away: stop reading the source (ends a database cursor early)
      if (stream.destroyed) return;
      sheet.addRow(spec.columns.map((c) => c.value(row) ?? null)).commit();
      if (++written % CHECK_EVERY_ROWS === 0) await waitForCompressor(sheet, stream);
    }
    sheet.commit();
    await workbook.commit();
  })();
  write.catch((err) => {
    reply.log.error({ err }, 'excel export failed while streaming');
    stream.destroy(err);
  });
  return reply.send(stream);
}

/** Rows written between two looks at the compressor's backlog. */
const CHECK_EVERY_ROWS = 200;
/** Uncompressed sheet XML allowed to wait for the compressor before the writer pauses. */
const MAX_BACKLOG_BYTES = 2 * 1024 * 1024;

const field = (obj: unknown, key: string): unknown =>
  obj !== null && typeof obj === 'object' ? (obj as Record<string, unknown>)[key] : undefined;

/**
 * Bytes of sheet XML waiting to be compressed. exceljs pushes each sheet's XML into archiver's
 * input stream without honouring backpressure, so without this check a writer faster than
 * deflate (or than the client) piles the whole uncompressed sheet up in memory. Reads exceljs 4 /
 * archiver 5 internals; undefined if their shape changes (excel.test.ts fails loudly then).
 */
export function sheetBacklogBytes(sheet: unknown): number | undefined {
  const pipes = field(field(sheet, 'stream'), 'pipes');
  if (!Array.isArray(pipes)) return undefined;
  let total = 0;
  for (const pipe of pipes) {
    const length = field(field(pipe, '_writableState'), 'length');
    if (typeof length !== 'number') return undefined;
    total += length;
  }
  return total;
}

/** Lets deflate and the socket catch up: one event-loop turn, more while the backlog is large. */
async function waitForCompressor(sheet: unknown, out: PassThrough): Promise<void> {
  await nextTurn();
  for (let backlog = sheetBacklogBytes(sheet); !out.destroyed && (backlog ?? 0) > MAX_BACKLOG_BYTES; ) {
    await sleep(2);
    backlog = sheetBacklogBytes(sheet);
  }
}

/**
 * Excel stores wall-clock time without a zone: shift the instant so the cell shows the time in
 * the deployment zone (e.g. 2026-11-27 09:30 in Asia/Shanghai), whatever the server's TZ.
 */
export function toExcelDate(instant: Date, timeZone: string): Date {
  return new Date(wallClockAsUtc(instant.getTime(), timeZone) + instant.getUTCMilliseconds());
}

/**
 * A date cell as the wall time it shows: "2026-11-27", or "2026-11-27 09:30[:15]" when it has a
 * time of day or a time format. exceljs reads the cell's wall time as a UTC instant; its own
 * `text` would print that instant in the process zone (another day, west of UTC).
 */
function wallTimeText(value: Date, numFmt: string | undefined): string {
  const iso = value.toISOString();
  const showsTime = /h/i.test(numFmt ?? '');
  if (!showsTime && iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  const text = iso.slice(0, 19).replace('T', ' ');
  return text.endsWith(':00') ? text.slice(0, 16) : text;
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
      values[col - 1] =
        cell.value instanceof Date ? wallTimeText(cell.value, cell.numFmt) : (cell.text ?? '');
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}
