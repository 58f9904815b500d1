import { createRequire } from 'node:module';
import { wallClockAsUtc, zonedInstant } from '../../platform/zoned-time';

// rrule ships CommonJS for Node and ESM only for bundlers; require it so tsx, vitest and node agree.
const { RRule, Frequency } = createRequire(import.meta.url)('rrule') as typeof import('rrule');

/** Occurrences one series may have (a weekly meeting for seven years, a daily one for a year). */
export const MAX_OCCURRENCES = 366;

export type RecurrenceError = 'syntax' | 'frequency' | 'dtstart' | 'too_many' | 'empty';

export type Expansion = { ok: true; starts: Date[] } | { ok: false; error: RecurrenceError };

const DAY_MS = 86_400_000;

/**
 * UNTIL is read the RFC 5545 way: with Z it is an instant; without Z a wall-clock time in the
 * zone; a date alone means the whole of that day. rrule itself would read all three as UTC.
 */
function untilAsWallClock(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 23),
    Number(mi ?? 59),
    Number(s ?? 59),
  );
  if (Number.isNaN(wall)) return null;
  return new Date(z ? wallClockAsUtc(wall, timeZone) : wall);
}

/**
 * Expands an RRULE value (no "RRULE:" prefix) from `dtstart` in `timeZone`, the way RFC 5545
 * does for DTSTART;TZID=…: occurrences keep the wall-clock time of the first one across offset
 * changes. rrule works in "floating" time here (wall clock written as UTC); each result is turned
 * back into an instant in the zone. `horizon` ends a rule without COUNT or UNTIL.
 */
export function expandRule(
  rule: string,
  dtstart: Date,
  timeZone: string,
  options: { horizon: Date; allowSubDaily?: boolean; max?: number },
): Expansion {
  const max = options.max ?? MAX_OCCURRENCES;
  if (/^(RRULE|DTSTART|EXDATE|RDATE)\b/i.test(rule) || /[\r\n]/.test(rule))
    return { ok: false, error: 'syntax' };
  let parsed: ReturnType<typeof RRule.parseString>;
  try {
    parsed = RRule.parseString(rule.toUpperCase());
  } catch {
    return { ok: false, error: 'syntax' };
  }
  if (parsed.freq === undefined) return { ok: false, error: 'syntax' };
  if (parsed.dtstart || parsed.tzid) return { ok: false, error: 'dtstart' };
  if (parsed.freq > Frequency.DAILY && !options.allowSubDaily) return { ok: false, error: 'frequency' };
  if (parsed.count !== undefined && parsed.count !== null && parsed.count > max) {
    return { ok: false, error: 'too_many' };
  }
  const untilText = /(?:^|;)UNTIL=([^;]+)/i.exec(rule)?.[1];
  const until = untilText ? untilAsWallClock(untilText.toUpperCase(), timeZone) : null;
  if (untilText && !until) return { ok: false, error: 'syntax' };

  const wallStart = new Date(wallClockAsUtc(dtstart.getTime(), timeZone));
  const bounded = parsed.count != null || until !== null;
  let recurrence: InstanceType<typeof RRule>;
  try {
    recurrence = new RRule({ ...parsed, dtstart: wallStart, until: until ?? null });
  } catch {
    return { ok: false, error: 'syntax' };
  }
  const wallHorizon = wallClockAsUtc(options.horizon.getTime(), timeZone);
  const walls: Date[] = [];
  let overflow = false;
  recurrence.all((date, i) => {
    if (!bounded && date.getTime() > wallHorizon) return false;
    if (i >= max) {
      overflow = true;
      return false;
    }
    walls.push(date);
    return true;
  });
  if (overflow) return { ok: false, error: 'too_many' };
  if (walls.length === 0) return { ok: false, error: 'empty' };
  return {
    ok: true,
    starts: walls.map((w) => {
      const date = new Date(Math.floor(w.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
      const ms = w.getTime() % DAY_MS;
      const instant = zonedInstant(date, Math.floor(ms / 60_000), timeZone);
      return new Date(instant.getTime() + (ms % 60_000));
    }),
  };
}
