import { minutesFromDayStart } from './time';

/** The hours a day view shows, in minutes from midnight. */
export interface DayWindow {
  from: number;
  to: number;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whole hours covering every room's open hours that day (08:00–18:00 when none is open). */
export function dayWindow(days: readonly { openFrom: string | null; openTo: string | null }[]): DayWindow {
  const open = days.filter((day) => day.openFrom && day.openTo);
  if (open.length === 0) return { from: 8 * 60, to: 18 * 60 };
  const from = Math.min(...open.map((day) => toMinutes(day.openFrom ?? '')));
  const to = Math.max(...open.map((day) => toMinutes(day.openTo ?? '')));
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

/** Where a period sits on the day's bar, in percent, clipped to the window; null when it is outside. */
export function barSpan(
  startsAt: string,
  endsAt: string,
  date: string,
  window: DayWindow,
): { left: number; width: number } | null {
  const start = Math.max(minutesFromDayStart(startsAt, date), window.from);
  const end = Math.min(minutesFromDayStart(endsAt, date), window.to);
  if (end <= start) return null;
  const length = window.to - window.from;
  return { left: ((start - window.from) / length) * 100, width: ((end - start) / length) * 100 };
}

/** The closed stretches of the window for a room open `openFrom`–`openTo` (the whole window when closed all day). */
export function closedSpans(
  day: { openFrom: string | null; openTo: string | null },
  window: DayWindow,
): { left: number; width: number }[] {
  const length = window.to - window.from;
  if (!day.openFrom || !day.openTo) return [{ left: 0, width: 100 }];
  const spans: { left: number; width: number }[] = [];
  const open = toMinutes(day.openFrom);
  const close = toMinutes(day.openTo);
  if (open > window.from) spans.push({ left: 0, width: ((open - window.from) / length) * 100 });
  if (close < window.to)
    spans.push({ left: ((close - window.from) / length) * 100, width: ((window.to - close) / length) * 100 });
  return spans;
}
