import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../platform/zoned-time';
import { expandRule } from './recurrence';

interface Example {
  title: string;
  dtstart: string;
  tzid: string;
  rrule: string | string[];
  expected: string[];
  expected_complete: boolean;
}

const reference = JSON.parse(
  readFileSync(new URL('./testdata/rfc5545-rrule-examples.json', import.meta.url), 'utf8'),
) as { examples: Example[] };

/** "DTSTART;TZID=America/New_York:19970902T090000" → the instant, read in the zone */
function dtstartOf(example: Example): Date {
  const m = /:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}$/.exec(example.dtstart);
  if (!m) throw new Error(`unreadable ${example.dtstart}`);
  const [, y, mo, d, h, mi] = m;
  return zonedInstant(`${y}-${mo}-${d}`, Number(h) * 60 + Number(mi), example.tzid);
}

const instants = (dates: Date[]) => dates.map((d) => d.getTime());
const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);
const farAhead = new Date('2100-01-01T00:00:00Z');

describe('expandRule against the RFC 5545 examples (America/New_York, DST included)', () => {
  const cases = reference.examples.flatMap((example) =>
    (Array.isArray(example.rrule) ? example.rrule : [example.rrule]).map((rule) => ({ example, rule })),
  );
  it('has every example of the reference file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(39);
  });

  it.each(cases)('$example.title — $rule', ({ example, rule }) => {
    const expected = example.expected.map((e) => Date.parse(e));
    const last = Math.max(...expected);
    const result = expandRule(rule.replace(/^RRULE:/, ''), dtstartOf(example), example.tzid, {
      // an unbounded rule is cut at the last printed occurrence
      horizon: new Date(last),
      allowSubDaily: true,
      max: 2000,
    });
    if (!result.ok) throw new Error(`expansion failed: ${result.error}`);
    const got = instants(result.starts);
    if (rule.includes('FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z')) {
      // UNTIL is 13:00 EDT: a strict reading stops after 12:00 (the reference notes the RFC's 15:00)
      expect(got).toEqual(expected.slice(0, 2));
      return;
    }
    if (example.expected_complete) expect(got).toEqual(expected);
    else expect(got.slice(0, expected.length)).toEqual(expected);
  });
});

describe('expandRule for bookings in Asia/Shanghai', () => {
  const start = at('2026-12-01T01:30:00Z'); // Tuesday 09:30 in Shanghai

  it('weekly on Tuesday and Thursday, by count', () => {
    const r = expandRule('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4', start, SHANGHAI, { horizon: farAhead });
    expect(r.ok && r.starts.map((d) => d.toISOString())).toEqual([
      '2026-12-01T01:30:00.000Z',
      '2026-12-03T01:30:00.000Z',
      '2026-12-08T01:30:00.000Z',
      '2026-12-10T01:30:00.000Z',
    ]);
  });

  it('every second week until a date: the date itself is included (UNTIL without a time)', () => {
    const r = expandRule('FREQ=WEEKLY;INTERVAL=2;UNTIL=20261229', start, SHANGHAI, { horizon: farAhead });
    expect(r.ok && r.starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
    ]);
  });

  it('UNTIL with Z is an instant: 01:29Z on the last day excludes the 09:30 meeting that day', () => {
    const r = expandRule('FREQ=DAILY;UNTIL=20261203T012900Z', start, SHANGHAI, { horizon: farAhead });
    expect(r.ok && r.starts.length).toBe(2);
  });

  it('last Friday of the month (ordinal BYDAY)', () => {
    const friday = at('2026-12-25T06:00:00Z'); // Friday 14:00
    const r = expandRule('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', friday, SHANGHAI, { horizon: farAhead });
    expect(r.ok && r.starts.map((d) => d.toISOString())).toEqual([
      '2026-12-25T06:00:00.000Z',
      '2027-01-29T06:00:00.000Z',
      '2027-02-26T06:00:00.000Z',
    ]);
  });

  it('second-to-last day of the month (negative BYMONTHDAY)', () => {
    const r = expandRule('FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=3', at('2027-01-30T02:00:00Z'), SHANGHAI, {
      horizon: farAhead,
    });
    expect(r.ok && r.starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2027-01-30',
      '2027-02-27',
      '2027-03-30',
    ]);
  });

  it('last workday-of-week of each month (BYSETPOS=-1)', () => {
    const r = expandRule(
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3',
      at('2027-01-29T02:00:00Z'),
      SHANGHAI,
      {
        horizon: farAhead,
      },
    );
    expect(r.ok && r.starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-31',
    ]);
  });

  it('a rule without COUNT or UNTIL ends at the horizon', () => {
    const r = expandRule('FREQ=WEEKLY', start, SHANGHAI, { horizon: at('2026-12-20T00:00:00Z') });
    expect(r.ok && r.starts.length).toBe(3);
  });

  it('refuses what a booking cannot be', () => {
    const opts = { horizon: farAhead };
    expect(expandRule('RRULE:FREQ=DAILY', start, SHANGHAI, opts)).toEqual({ ok: false, error: 'syntax' });
    expect(expandRule('FREQ=SOMETIMES', start, SHANGHAI, opts)).toEqual({ ok: false, error: 'syntax' });
    expect(expandRule('COUNT=3', start, SHANGHAI, opts)).toEqual({ ok: false, error: 'syntax' });
    expect(expandRule('FREQ=DAILY;UNTIL=tomorrow', start, SHANGHAI, opts)).toEqual({
      ok: false,
      error: 'syntax',
    });
    expect(expandRule('FREQ=HOURLY;COUNT=3', start, SHANGHAI, opts)).toEqual({
      ok: false,
      error: 'frequency',
    });
    expect(expandRule('FREQ=DAILY;COUNT=400', start, SHANGHAI, opts)).toEqual({
      ok: false,
      error: 'too_many',
    });
    expect(expandRule('FREQ=DAILY;UNTIL=20301231', start, SHANGHAI, opts)).toEqual({
      ok: false,
      error: 'too_many',
    });
    expect(expandRule('FREQ=DAILY;UNTIL=20261101', start, SHANGHAI, opts)).toEqual({
      ok: false,
      error: 'empty',
    });
  });
});
