import { daysInMonth, isoWeekday } from '../../lib/zoned';

/**
 * The booking form's recurrence and the RFC 5545 RRULE value (without "RRULE:") the API expands from
 * the first meeting's start in Shanghai.
 */

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

export type Frequency = 'none' | 'daily' | 'weekly' | 'monthly';
/** monthly: the same day of the month (15日), the n-th weekday (第2个周二) or the last one (最后一个周五) */
export type MonthlyMode = 'month_day' | 'nth_weekday' | 'last_weekday';

export interface Recurrence {
  frequency: Frequency;
  /** every n days/weeks/months */
  interval: number;
  /** weekly: the days it meets; empty = the first meeting's weekday */
  weekdays: WeekdayCode[];
  monthlyMode: MonthlyMode;
  end: 'count' | 'until';
  /** number of meetings, the first included */
  count: number;
  /** last possible date ('YYYY-MM-DD', Shanghai), included */
  until: string;
}

export const noRecurrence: Recurrence = {
  frequency: 'none',
  interval: 1,
  weekdays: [],
  monthlyMode: 'month_day',
  end: 'count',
  count: 10,
  until: '',
};

export const weekdayCodeOf = (date: string): WeekdayCode => weekdayCodes[isoWeekday(date) - 1] as WeekdayCode;

/** Which week of its month the date falls in (1–5), e.g. the 9th is in the 2nd. */
export const weekOfMonth = (date: string): number => Math.ceil(Number(date.slice(8, 10)) / 7);

/** Whether the date's weekday is the last of its kind in its month (offered as 最后一个周X). */
export const isLastWeekdayOfMonth = (date: string): boolean =>
  Number(date.slice(8, 10)) + 7 > daysInMonth(date);

/** The end of a Shanghai date (23:59:59 +08:00) as an RFC 5545 UTC time, e.g. 20270101T155959Z. */
export function untilOf(date: string): string {
  const iso = new Date(`${date}T23:59:59+08:00`).toISOString();
  return `${iso.slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}

/** The RRULE for a recurrence starting on `startDate`, or null for a single meeting. */
export function buildRrule(recurrence: Recurrence, startDate: string): string | null {
  if (recurrence.frequency === 'none') return null;
  const parts = [`FREQ=${recurrence.frequency.toUpperCase()}`];
  if (recurrence.interval > 1) parts.push(`INTERVAL=${recurrence.interval}`);
  const weekday = weekdayCodeOf(startDate);
  if (recurrence.frequency === 'weekly') {
    const days = recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekday];
    parts.push(`BYDAY=${weekdayCodes.filter((code) => days.includes(code)).join(',')}`);
  }
  if (recurrence.frequency === 'monthly') {
    if (recurrence.monthlyMode === 'month_day') parts.push(`BYMONTHDAY=${Number(startDate.slice(8, 10))}`);
    if (recurrence.monthlyMode === 'nth_weekday') parts.push(`BYDAY=${weekOfMonth(startDate)}${weekday}`);
    if (recurrence.monthlyMode === 'last_weekday') parts.push(`BYDAY=-1${weekday}`);
  }
  parts.push(recurrence.end === 'count' ? `COUNT=${recurrence.count}` : `UNTIL=${untilOf(recurrence.until)}`);
  return parts.join(';');
}

/** An RRULE read back for display (a booking's series); null when it holds something we do not show. */
export interface RruleSummary {
  frequency: Exclude<Frequency, 'none'> | 'yearly';
  interval: number;
  /** BYDAY entries with their ordinal, e.g. {ordinal: -1, day: 'FR'} */
  byDay: { ordinal: number | null; day: WeekdayCode }[];
  byMonthDay: number | null;
  count: number | null;
  /** the Shanghai date of UNTIL */
  until: string | null;
}

export function parseRrule(rrule: string): RruleSummary | null {
  const fields = new Map<string, string>();
  for (const part of rrule.replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = part.split('=');
    if (key && value) fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const frequency = fields.get('FREQ')?.toLowerCase();
  if (frequency !== 'daily' && frequency !== 'weekly' && frequency !== 'monthly' && frequency !== 'yearly') {
    return null;
  }
  const byDay: RruleSummary['byDay'] = [];
  for (const entry of fields.get('BYDAY')?.split(',') ?? []) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(entry);
    if (!match) return null;
    byDay.push({ ordinal: match[1] ? Number(match[1]) : null, day: match[2] as WeekdayCode });
  }
  const until = fields.get('UNTIL');
  let untilDate: string | null = null;
  if (until) {
    const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until);
    if (!match) return null;
    const [, y, mo, d, h = '00', mi = '00', s = '00', z] = match;
    // a UTC UNTIL names its Shanghai date; a floating one is already a Shanghai time
    const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${z ? 'Z' : '+08:00'}`);
    untilDate = new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  }
  const number = (key: string) => (fields.has(key) ? Number(fields.get(key)) : null);
  return {
    frequency,
    interval: number('INTERVAL') ?? 1,
    byDay,
    byMonthDay: number('BYMONTHDAY'),
    count: number('COUNT'),
    until: untilDate,
  };
}
