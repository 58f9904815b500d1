import type { Dayjs } from 'dayjs';

/** Meeting times are Beijing wall-clock times, whatever the browser's zone. */
const TIME_ZONE = 'Asia/Shanghai';
const OFFSET = '+08:00';

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

interface WallClock {
  date: string;
  year: number;
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  time: string;
  minutes: number;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function wallClock(iso: string | Date): WallClock {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(new Date(iso))) parts[part.type] = part.value;
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: weekdays[parts.weekday ?? ''] ?? 1,
    time: `${parts.hour}:${parts.minute}`,
    minutes: hour * 60 + minute,
  };
}

/** A picker's wall-clock value as an instant: `2026-11-27 14:05` → `2026-11-27T14:05:00+08:00`. */
export function wallClockIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00${OFFSET}`;
}

/** Today's date in Beijing, `YYYY-MM-DD`. */
export function beijingToday(now: Date = new Date()): string {
  return wallClock(now).date;
}

/** `YYYY-MM-DD` plus whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** Minutes from Beijing midnight at the start of `date` to `iso` (negative before, > 1440 after). */
export function minutesFromDayStart(iso: string, date: string): number {
  const start = Date.parse(`${date}T00:00:00${OFFSET}`);
  return Math.round((Date.parse(iso) - start) / 60_000);
}

type Language = 'zh-CN' | 'en' | string;

const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const enWeekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const zhWeekdays = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

function dayLabel(clock: WallClock, language: Language): string {
  if (language === 'en') {
    return `${enWeekdays[clock.weekday - 1]} ${clock.day} ${enMonths[clock.month - 1]} ${clock.year}`;
  }
  return `${clock.year}年${clock.month}月${clock.day}日 ${zhWeekdays[clock.weekday - 1]}`;
}

/** `2026年11月27日 周五 14:00–15:00`; an end on another day is written out in full. */
export function formatSlot(startsAt: string, endsAt: string, language: Language): string {
  const start = wallClock(startsAt);
  const end = wallClock(endsAt);
  const endText = end.date === start.date ? end.time : `${dayLabel(end, language)} ${end.time}`;
  return `${dayLabel(start, language)} ${start.time}–${endText}`;
}
