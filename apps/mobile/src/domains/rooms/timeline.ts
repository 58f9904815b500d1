import type { BusySlot, RoomDay } from '@houqin/contracts';
import { minutesIntoDay, shanghaiDate, timeToMinutes } from '../../lib/zoned';

/** The timeline's grid: 30-minute cells, each free (tap to book) or why not. */
export const CELL_MINUTES = 30;

export type CellState = 'free' | 'busy' | 'closed' | 'unavailable' | 'past';

export interface TimelineCell {
  /** minutes after midnight in Shanghai */
  start: number;
  end: number;
  state: CellState;
}

export interface TimelineBlock {
  kind: 'busy' | 'closure';
  /** clipped to the window, minutes after midnight */
  start: number;
  end: number;
  busy?: BusySlot;
  reason?: string;
}

export interface TimelineRow {
  cells: TimelineCell[];
  blocks: TimelineBlock[];
}

export interface TimeWindow {
  from: number;
  to: number;
}

const DEFAULT_WINDOW: TimeWindow = { from: 8 * 60, to: 18 * 60 };

/** Hours shown: from the earliest opening to the latest closing of the days, whole hours; 08–18 if none is open. */
export function timelineWindow(days: readonly RoomDay[]): TimeWindow {
  const open = days.filter((d) => d.openFrom && d.openTo);
  if (open.length === 0) return DEFAULT_WINDOW;
  const from = Math.min(...open.map((d) => timeToMinutes(d.openFrom as string)));
  const to = Math.max(...open.map((d) => timeToMinutes(d.openTo as string)));
  return { from: Math.floor(from / 60) * 60, to: Math.min(1440, Math.ceil(to / 60) * 60) };
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart < bEnd && bStart < aEnd;

/** One room's (or one day's) row: its cells and the bookings and closures drawn over them. */
export function timelineRow(day: RoomDay, window: TimeWindow, now: Date): TimelineRow {
  const today = shanghaiDate(now);
  const nowMinutes = day.date === today ? minutesIntoDay(now.toISOString(), day.date) : null;
  const openFrom = day.openFrom ? timeToMinutes(day.openFrom) : null;
  const openTo = day.openTo ? timeToMinutes(day.openTo) : null;
  const busy = day.busy.map((slot) => ({
    slot,
    start: minutesIntoDay(slot.startsAt, day.date),
    end: minutesIntoDay(slot.endsAt, day.date),
    blockedUntil: minutesIntoDay(slot.blockedUntil, day.date),
  }));
  const closures = day.closures.map((closure) => ({
    closure,
    start: minutesIntoDay(closure.startsAt, day.date),
    end: minutesIntoDay(closure.endsAt, day.date),
  }));

  const cells: TimelineCell[] = [];
  for (let start = window.from; start < window.to; start += CELL_MINUTES) {
    const end = start + CELL_MINUTES;
    let state: CellState = 'free';
    if (openFrom === null || openTo === null || start < openFrom || end > openTo) state = 'unavailable';
    else if (closures.some((c) => overlaps(start, end, c.start, c.end))) state = 'closed';
    else if (busy.some((b) => overlaps(start, end, b.start, b.blockedUntil))) state = 'busy';
    else if (day.date < today || (nowMinutes !== null && start < nowMinutes)) state = 'past';
    cells.push({ start, end, state });
  }

  const clip = (start: number, end: number) => ({
    start: Math.max(start, window.from),
    end: Math.min(end, window.to),
  });
  const blocks: TimelineBlock[] = [
    ...closures.map((c) => ({ kind: 'closure' as const, ...clip(c.start, c.end), reason: c.closure.reason })),
    ...busy.map((b) => ({ kind: 'busy' as const, ...clip(b.start, b.end), busy: b.slot })),
  ].filter((block) => block.start < block.end);
  return { cells, blocks };
}
