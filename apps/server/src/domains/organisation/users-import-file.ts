import Papa from 'papaparse';
import { AppError } from '../../platform/errors';
import { type ExcelExport, readFirstSheet } from '../../platform/excel';

/** The columns of a user import, by field, with the header text the file carries. */
export const importColumns = {
  username: '用户名',
  displayName: '姓名',
  mobile: '手机',
  employeeCode: '工号',
  unitCode: '单位编码',
  roles: '角色',
  password: '初始密码',
} as const;
export type ImportField = keyof typeof importColumns;
const fields = Object.keys(importColumns) as ImportField[];
const required: ImportField[] = ['username', 'displayName', 'unitCode', 'roles', 'password'];

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export interface ImportRow {
  /** 1-based row number as the spreadsheet shows it */
  row: number;
  values: Record<ImportField, string>;
}

const unreadable = () => new AppError('IMPORT_FILE_UNREADABLE');
const isZip = (data: Buffer) => data.length > 4 && data.readUInt32LE(0) === 0x04034b50;

/** Cell text of the first sheet of an .xlsx, or of a .csv (UTF-8 with or without BOM, or GB18030 from Excel). */
export async function readUpload(file: UploadedFile): Promise<string[][]> {
  const name = file.filename.toLowerCase();
  if (isZip(file.data)) {
    try {
      return await readFirstSheet(file.data);
    } catch {
      throw unreadable();
    }
  }
  if (name.endsWith('.csv')) return parseCsv(file.data);
  throw unreadable();
}

function decodeText(data: Buffer): string {
  if (data.includes(0)) throw unreadable(); // binary, not text
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(data);
    } catch {}
  }
  throw unreadable();
}

function parseCsv(data: Buffer): string[][] {
  const text = decodeText(data);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw unreadable();
  return parsed.data;
}

const normalizeHeader = (cell: string) => cell.replace(/[*＊\s]/g, '');

/**
 * Finds the header row (within the first 10 rows, so a title row above it is fine) and maps
 * each following non-empty row to fields. Columns may come in any order; headers may carry "*".
 */
export function rowsOfSheet(sheet: string[][]): {
  headerRow: number;
  rows: ImportRow[];
  missing: ImportField[];
} {
  const headerIndex = sheet
    .slice(0, 10)
    .findIndex((r) => r.some((c) => normalizeHeader(c) === importColumns.username));
  if (headerIndex < 0) return { headerRow: 1, rows: [], missing: required };
  const header = (sheet[headerIndex] ?? []).map(normalizeHeader);
  const column = new Map<ImportField, number>();
  for (const field of fields) {
    const index = header.findIndex(
      (h) => h === importColumns[field] || h.toLowerCase() === field.toLowerCase(),
    );
    if (index >= 0) column.set(field, index);
  }
  const missing = required.filter((f) => !column.has(f));
  const rows: ImportRow[] = [];
  for (let i = headerIndex + 1; i < sheet.length; i++) {
    const cells = sheet[i] ?? [];
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    const values = Object.fromEntries(
      fields.map((f) => {
        const index = column.get(f);
        return [f, index === undefined ? '' : (cells[index] ?? '').trim()];
      }),
    ) as Record<ImportField, string>;
    rows.push({ row: i + 1, values });
  }
  return { headerRow: headerIndex + 1, rows, missing };
}

/** The import template: a title row with the rules, then the header row the import reads. */
export function userImportTemplate(): ExcelExport<string[]> {
  return {
    filename: '用户导入模板.xlsx',
    sheetName: '用户',
    title:
      '用户导入模板：从第 3 行起每行一个用户；用户名、姓名、单位编码、角色、初始密码必填；角色填编码或中文名，多个用逗号或顿号分隔；初始密码至少 10 位且含字母和数字，首次登录须修改',
    columns: fields.map((f, i) => ({
      header: importColumns[f],
      width: f === 'roles' ? 28 : 16,
      numFmt: '@',
      value: (r: string[]) => r[i],
    })),
    rows: [],
  };
}
