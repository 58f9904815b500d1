import type { Locale } from '../i18n';
import { parseDate } from '../zoned-time';
import { calendarMessage } from './messages';

export const MAX_IMPORT_LINES = 1_000;
const MAX_NAME_LENGTH = 50;

export interface ImportedDay {
  line: number;
  date: string;
  workday: boolean;
  name: string | null;
}

export interface ImportLineError {
  /** 1-based line number in the pasted text (0: the text as a whole) */
  line: number;
  text: string;
  message: string;
}

const kinds: Record<string, boolean> = { 休: false, 班: true };

function validDate(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

const yearInRange = (date: string) => Number(date.slice(0, 4)) >= 2000 && Number(date.slice(0, 4)) <= 2100;

/**
 * Reads pasted lines `YYYY-MM-DD,休|班,name` (commas, full-width commas or tabs; the name is
 * optional; blank lines and lines starting with # are skipped). Every line is checked and every
 * problem reported with its line number; the caller imports nothing unless `errors` is empty.
 */
export function parseCalendarText(
  text: string,
  locale: Locale,
): { days: ImportedDay[]; errors: ImportLineError[] } {
  const days: ImportedDay[] = [];
  const errors: ImportLineError[] = [];
  const firstLineOf = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  const isData = (raw: string) => raw.trim() !== '' && !raw.trim().startsWith('#');
  if (lines.filter(isData).length > MAX_IMPORT_LINES) {
    const message = calendarMessage(locale, 'tooManyLines', String(MAX_IMPORT_LINES));
    return { days: [], errors: [{ line: 0, text: '', message }] };
  }
  for (const [index, raw] of lines.entries()) {
    if (!isData(raw)) continue;
    const line = index + 1;
    const content = raw.trim();
    const before = errors.length;
    const fail = (message: string) => errors.push({ line, text: raw.slice(0, 200), message });
    const [date = '', kind = '', ...rest] = content.split(/[,，\t]/).map((p) => p.trim());
    const name = rest.join(',').trim();
    if (!date || !kind) {
      fail(calendarMessage(locale, 'lineFormat'));
      continue;
    }
    const dateOk = validDate(date);
    if (!dateOk) fail(calendarMessage(locale, 'lineDate', date));
    else if (!yearInRange(date)) fail(calendarMessage(locale, 'lineYear'));
    const workday = kinds[kind];
    if (workday === undefined) fail(calendarMessage(locale, 'lineKind', kind));
    if (name.length > MAX_NAME_LENGTH) fail(calendarMessage(locale, 'lineName'));
    const first = firstLineOf.get(date);
    if (dateOk && first !== undefined) fail(calendarMessage(locale, 'lineDuplicate', String(first)));
    else if (dateOk) firstLineOf.set(date, line);
    if (errors.length === before && workday !== undefined)
      days.push({ line, date, workday, name: name || null });
  }
  if (errors.length === 0 && days.length === 0) {
    errors.push({ line: 0, text: '', message: calendarMessage(locale, 'noLines') });
  }
  return { days, errors };
}
