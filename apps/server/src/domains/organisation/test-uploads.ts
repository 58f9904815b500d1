import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';

/** Test helpers: a multipart body for app.inject, and workbooks and CSV files built in memory. */

export function multipartFile(filename: string, data: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----houqin${randomBytes(8).toString('hex')}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const IMPORT_HEADER = ['用户名', '姓名', '手机', '工号', '单位编码', '角色', '初始密码'];

export async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('用户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** RFC 4180 CSV, optionally with a UTF-8 byte order mark (as Excel writes it). */
export function csvOf(rows: string[][], bom = true): Buffer {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = rows.map((r) => r.map(cell).join(',')).join('\r\n');
  return Buffer.from(`${bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
