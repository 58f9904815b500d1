import { currentLanguage, i18n } from './i18n';
import type { Language } from './language';

/** The deployment zone: every date and time is shown as it is in Shanghai, whatever the device's zone. */
export const TIME_ZONE = 'Asia/Shanghai';

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  monthName: string;
  weekday: string;
  time: string;
}

const formatters = new Map<Language, Intl.DateTimeFormat>();

function formatterFor(language: Language): Intl.DateTimeFormat {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: language === 'en' ? 'short' : 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(language, formatter);
  }
  return formatter;
}

function zonedParts(date: Date, language: Language): ZonedParts {
  const parts = formatterFor(language).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const numeric = zonedNumbers(date);
  return {
    ...numeric,
    monthName: get('month'),
    weekday: get('weekday'),
    time: `${get('hour')}:${get('minute')}`,
  };
}

const numberFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function zonedNumbers(date: Date): { year: number; month: number; day: number } {
  const parts = numberFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Whole days from today to the date, both counted in Shanghai. */
function daysFromToday(date: Date, now: Date): number {
  const a = zonedNumbers(date);
  const b = zonedNumbers(now);
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
}

/** 今天 / 明天 / 昨天, 11月27日 周五, 2025年11月27日 周五 (Today, Fri, Nov 27 in English). */
export function formatDate(value: string | Date, now: Date = new Date()): string {
  const date = toDate(value);
  const offset = daysFromToday(date, now);
  if (offset === 0) return i18n.t('time.today');
  if (offset === 1) return i18n.t('time.tomorrow');
  if (offset === -1) return i18n.t('time.yesterday');
  const language = currentLanguage();
  const p = zonedParts(date, language);
  const sameYear = p.year === zonedNumbers(now).year;
  if (language === 'en') {
    return sameYear
      ? `${p.weekday}, ${p.monthName} ${p.day}`
      : `${p.weekday}, ${p.monthName} ${p.day}, ${p.year}`;
  }
  const monthDay = `${p.month}月${p.day}日 ${p.weekday}`;
  return sameYear ? monthDay : `${p.year}年${monthDay}`;
}

/** 14:00 in Shanghai. */
export function formatTime(value: string | Date): string {
  return zonedParts(toDate(value), currentLanguage()).time;
}

/** 今天 14:00, 11月27日 周五 14:00. */
export function formatDateTime(value: string | Date, now: Date = new Date()): string {
  return `${formatDate(value, now)} ${formatTime(value)}`;
}

/** 今天 14:00–15:00; the end's date is repeated only when it falls on another day. */
export function formatTimeRange(start: string | Date, end: string | Date, now: Date = new Date()): string {
  const sameDay = daysFromToday(toDate(start), now) === daysFromToday(toDate(end), now);
  const endText = sameDay ? formatTime(end) : formatDateTime(end, now);
  return `${formatDateTime(start, now)}–${endText}`;
}
