import { randomBytes } from 'node:crypto';
import {
  type RoomUse,
  roomUseLabels,
  roomUses,
  type SpacesImportError,
  type SpacesImportReport,
} from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type ExcelExport, readFirstSheet } from '../../platform/excel';
import type { Locale } from '../../platform/i18n';
import { loadSpaceIndex } from './repository';
import {
  assertCanManageBuildings,
  createBuildingIn,
  createFloorIn,
  createRoomOnFloorIn,
  spaceWriteError,
} from './service';

export const MAX_SPACES_IMPORT_ROWS = 5_000;

/** Import columns, by field, with the header text the file carries (the export uses the same). */
export const spaceColumns = {
  building: '楼宇',
  floor: '楼层',
  number: '房间号',
  name: '名称',
  area: '面积',
  use: '用途',
} as const;
type Field = keyof typeof spaceColumns;
const fields = Object.keys(spaceColumns) as Field[];

const messages = {
  required: { 'zh-CN': '必填', en: 'Required' },
  tooLong: { 'zh-CN': '过长', en: 'Too long' },
  floor: { 'zh-CN': '楼层应为 3F、B1、3 或 -1 这样的写法', en: 'Write the floor as 3F, B1, 3 or -1' },
  area: {
    'zh-CN': '面积应为大于 0 的数，最多两位小数',
    en: 'Area must be a number above 0, at most two decimals',
  },
  use: { 'zh-CN': '用途应为 办公、会议 或 其他', en: 'Use must be 办公, 会议 or 其他' },
  duplicate: { 'zh-CN': '与第 {0} 行房间号重复', en: 'Same room number as row {0}' },
  taken: { 'zh-CN': '该楼宇已有此房间号', en: 'This room number already exists in the building' },
  missingColumn: { 'zh-CN': '缺少列：{0}', en: 'Missing column: {0}' },
  noRows: { 'zh-CN': '文件中没有房间', en: 'The file has no rooms' },
  tooMany: { 'zh-CN': '一次最多导入 {0} 行', en: 'At most {0} rows per import' },
} as const;
type MessageKey = keyof typeof messages;

/** "3F", "3", "3层" → 3; "B1", "-1", "地下1层" → -1; the sign's name is "3F" or "B1". */
export function parseFloor(text: string): { level: number; name: string } | undefined {
  const t = text.replace(/\s/g, '').toUpperCase();
  let m = /^(\d{1,3})(?:F|层|楼)?$/.exec(t);
  if (m?.[1]) {
    const level = Number(m[1]);
    return level > 0 && level <= 200 ? { level, name: `${level}F` } : undefined;
  }
  m = /^(?:B|-|地下)(\d{1,2})(?:F|层)?$/.exec(t);
  if (m?.[1]) {
    const depth = Number(m[1]);
    return depth > 0 && depth <= 20 ? { level: -depth, name: `B${depth}` } : undefined;
  }
  return undefined;
}

function parseUse(text: string): RoomUse | undefined {
  const t = text.trim();
  const byLabel = roomUses.find((u) => roomUseLabels[u] === t || `${roomUseLabels[u]}室` === t);
  return byLabel ?? roomUses.find((u) => u === t.toLowerCase());
}

function parseArea(text: string): number | undefined {
  const t = text.replace(/\s|㎡|m²|m2/gi, '');
  if (!/^\d{1,6}(?:\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? n : undefined;
}

interface CheckedRow {
  row: number;
  building: string;
  floor: { level: number; name: string };
  number: string;
  name: string;
  areaM2: number;
  use: RoomUse;
}

const normalizeHeader = (cell: string) => cell.replace(/[*＊\s]|\(.*\)|（.*）/g, '');

/** The template: a title row with the rules, then the header row the import reads. */
export function spacesImportTemplate(caller: Caller): ExcelExport<string[]> {
  assertCanManageBuildings(caller);
  return {
    filename: '房间导入模板.xlsx',
    sheetName: '房间',
    title:
      '房间导入模板：从第 3 行起每行一个房间；楼宇不存在时按名称新建，楼层写 3F、B1；面积单位平方米；用途填 办公、会议 或 其他',
    columns: fields.map((f, i) => ({
      header: f === 'use' ? '用途(办公/会议/其他)' : spaceColumns[f],
      width: f === 'name' || f === 'building' ? 20 : 12,
      numFmt: '@',
      value: (r: string[]) => r[i],
    })),
    rows: [['行政中心A座', '3F', 'A-301', '办公室', '25.5', '办公']],
  };
}

/**
 * Imports rooms from an .xlsx: every row is checked, and any problem refuses the whole file (422
 * SPACES_IMPORT_INVALID with details.errors by row and column). Otherwise missing buildings and
 * floors are created and every room inserted in one transaction, each audited.
 */
export async function importSpaces(
  ctx: AppContext,
  caller: Caller,
  upload: () => Promise<{ filename: string; data: Buffer }>,
  locale: Locale,
): Promise<SpacesImportReport> {
  assertCanManageBuildings(caller);
  const file = await upload();
  const isZip = file.data.length > 4 && file.data.readUInt32LE(0) === 0x04034b50;
  if (!isZip) throw new AppError('IMPORT_FILE_UNREADABLE');
  let sheet: string[][];
  try {
    sheet = await readFirstSheet(file.data);
  } catch {
    throw new AppError('IMPORT_FILE_UNREADABLE');
  }

  const errors: SpacesImportError[] = [];
  const t = (key: MessageKey, arg = '') =>
    messages[key][locale === 'en' ? 'en' : 'zh-CN'].replace('{0}', arg);
  const fail = (row: number, field: Field | '', message: string) =>
    errors.push({ row, field: field ? spaceColumns[field] : '', message });
  const refuse = () => {
    errors.sort((a, b) => a.row - b.row);
    return new AppError('SPACES_IMPORT_INVALID', { errors });
  };

  const headerIndex = sheet
    .slice(0, 10)
    .findIndex((r) => r.some((c) => normalizeHeader(c ?? '') === spaceColumns.number));
  const header = (sheet[headerIndex] ?? []).map((c) => normalizeHeader(c ?? ''));
  const column = new Map<Field, number>();
  for (const f of fields) {
    const i = header.indexOf(spaceColumns[f]);
    if (i >= 0) column.set(f, i);
  }
  const headerRow = headerIndex < 0 ? 1 : headerIndex + 1;
  for (const f of fields) if (!column.has(f)) fail(headerRow, f, t('missingColumn', spaceColumns[f]));
  if (errors.length > 0) throw refuse();

  const raw: { row: number; values: Record<Field, string> }[] = [];
  for (let i = headerIndex + 1; i < sheet.length; i++) {
    const cells = sheet[i] ?? [];
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    const values = Object.fromEntries(
      fields.map((f) => [f, (cells[column.get(f) ?? -1] ?? '').trim()]),
    ) as Record<Field, string>;
    raw.push({ row: i + 1, values });
  }
  if (raw.length === 0) fail(headerRow, '', t('noRows'));
  if (raw.length > MAX_SPACES_IMPORT_ROWS) fail(headerRow, '', t('tooMany', String(MAX_SPACES_IMPORT_ROWS)));
  if (errors.length > 0) throw refuse();

  const checked: CheckedRow[] = [];
  const numbered: { row: number; building: string; number: string }[] = [];
  for (const { row, values: v } of raw) {
    const before = errors.length;
    const text = (f: Field, max: number) => {
      if (!v[f]) fail(row, f, t('required'));
      else if (v[f].length > max) fail(row, f, t('tooLong'));
      return v[f];
    };
    const building = text('building', 100);
    const number = text('number', 32);
    const name = text('name', 100);
    if (building && number) numbered.push({ row, building, number });
    const floor = v.floor ? parseFloor(v.floor) : undefined;
    if (!v.floor) fail(row, 'floor', t('required'));
    else if (!floor) fail(row, 'floor', t('floor'));
    const areaM2 = v.area ? parseArea(v.area) : undefined;
    if (!v.area) fail(row, 'area', t('required'));
    else if (areaM2 === undefined) fail(row, 'area', t('area'));
    const use = v.use ? parseUse(v.use) : undefined;
    if (!v.use) fail(row, 'use', t('required'));
    else if (!use) fail(row, 'use', t('use'));
    if (errors.length === before && floor && areaM2 !== undefined && use) {
      checked.push({ row, building, floor, number, name, areaM2, use });
    }
  }

  const index = await loadSpaceIndex(ctx.db);
  const firstRow = new Map<string, number>();
  for (const c of numbered) {
    const key = `${c.building}|${c.number}`;
    const first = firstRow.get(key);
    if (first !== undefined) fail(c.row, 'number', t('duplicate', String(first)));
    else firstRow.set(key, c.row);
    const buildingId = index.buildingByName.get(c.building);
    if (buildingId && index.roomNumbers.has(`${buildingId}|${c.number}`)) fail(c.row, 'number', t('taken'));
  }
  if (errors.length > 0) throw refuse();

  let buildingsCreated = 0;
  let floorsCreated = 0;
  try {
    await ctx.db.transaction(async (tx) => {
      const buildingIds = new Map(index.buildingByName);
      const floorIds = new Map(index.floorByKey);
      for (const c of checked) {
        let buildingId = buildingIds.get(c.building);
        if (!buildingId) {
          const b = await createBuildingIn(ctx, tx, caller, {
            name: c.building,
            code: `B-${randomBytes(4).toString('hex').toUpperCase()}`,
            address: null,
            sort: 0,
          });
          buildingId = b.id;
          buildingIds.set(c.building, b.id);
          buildingsCreated++;
        }
        const floorKey = `${buildingId}|${c.floor.level}`;
        let floorId = floorIds.get(floorKey);
        if (!floorId) {
          const f = await createFloorIn(ctx, tx, caller, { buildingId, ...c.floor });
          floorId = f.id;
          floorIds.set(floorKey, f.id);
          floorsCreated++;
        }
        await createRoomOnFloorIn(
          ctx,
          tx,
          caller,
          { id: floorId, buildingId },
          { number: c.number, name: c.name, areaM2: c.areaM2, use: c.use, active: true },
        );
      }
    });
  } catch (err) {
    throw spaceWriteError(err, 'write');
  }
  return { imported: checked.length, buildingsCreated, floorsCreated };
}
