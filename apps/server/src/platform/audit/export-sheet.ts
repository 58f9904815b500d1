import type { ExcelColumn } from '../excel';
import { toExcelDate } from '../excel';
import type { AuditFilter, AuditRow } from './repository';

/** Excel refuses cells longer than 32,767 characters. */
const MAX_CELL = 32_000;

/** "2026-03-01 08:30" in the deployment zone, whatever the server's TZ. */
export function formatZoned(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

/** One line per changed field: "roles: ["staff"] → ["staff","auditor"]". */
export function summarizeChanges(changes: unknown): string {
  if (changes === null || changes === undefined) return '';
  if (typeof changes !== 'object' || Array.isArray(changes)) return show(changes).slice(0, MAX_CELL);
  const lines = Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    if (change && typeof change === 'object' && 'before' in change && 'after' in change) {
      return `${field}: ${show(change.before)} → ${show(change.after)}`;
    }
    return `${field}: ${show(change)}`;
  });
  return lines.join('\n').slice(0, MAX_CELL);
}

export function auditColumns(timeZone: string): ExcelColumn<AuditRow>[] {
  return [
    {
      header: '时间',
      width: 20,
      numFmt: 'yyyy-mm-dd hh:mm:ss',
      value: (r) => toExcelDate(r.occurredAt, timeZone),
    },
    { header: '操作人', width: 14, value: (r) => r.actorName ?? (r.actorId ? r.actorId : '系统') },
    { header: '单位', width: 18, value: (r) => r.actorUnitName ?? r.actorUnitId ?? '' },
    { header: '操作', width: 24, value: (r) => r.action },
    { header: '对象类型', width: 14, value: (r) => r.entityType },
    { header: '对象ID', width: 38, value: (r) => r.entityId ?? '' },
    { header: '变更', width: 60, value: (r) => summarizeChanges(r.changes) },
    { header: 'IP', width: 16, value: (r) => r.ip ?? '' },
  ];
}

/** The title row: what the sheet holds and which filters produced it. */
export function auditTitle(
  filter: AuditFilter,
  names: { actorName: string | null; unitName: string | null },
  timeZone: string,
  exportedAt: Date,
): string {
  const parts: string[] = [];
  if (filter.actorId) parts.push(`操作人：${names.actorName ?? filter.actorId}`);
  if (filter.unitId) parts.push(`单位：${names.unitName ?? filter.unitId}`);
  if (filter.action) parts.push(`操作：${filter.action}`);
  if (filter.entityType) parts.push(`对象类型：${filter.entityType}`);
  if (filter.entityId) parts.push(`对象ID：${filter.entityId}`);
  if (filter.from || filter.to) {
    const from = filter.from ? formatZoned(filter.from, timeZone) : '不限';
    const to = filter.to ? formatZoned(filter.to, timeZone) : '不限';
    parts.push(`时间：${from} 至 ${to}`);
  }
  const scope = parts.length > 0 ? parts.join('；') : '全部记录';
  return `审计日志（${scope}）导出于 ${formatZoned(exportedAt, timeZone)}（${timeZone}）`;
}
