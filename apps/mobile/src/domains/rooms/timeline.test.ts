import type { BusySlot, RoomDay } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { timelineRow, timelineWindow } from './timeline';

function slot(start: string, end: string, patch: Partial<BusySlot> = {}): BusySlot {
  return {
    bookingId: `b-${start}`,
    startsAt: `2026-11-27T${start}:00+08:00`,
    endsAt: `2026-11-27T${end}:00+08:00`,
    blockedUntil: `2026-11-27T${end}:00+08:00`,
    status: 'confirmed',
    unitName: '办公室',
    title: null,
    mine: false,
    ...patch,
  };
}

function day(patch: Partial<RoomDay> = {}): RoomDay {
  return { date: '2026-11-27', openFrom: '08:00', openTo: '18:00', busy: [], closures: [], ...patch };
}

// 07:00 on the 27th in Shanghai: before the room opens
const MORNING = new Date('2026-11-26T23:00:00Z');

describe('timelineWindow', () => {
  it('spans the earliest opening to the latest closing in whole hours', () => {
    expect(timelineWindow([day({ openFrom: '08:30', openTo: '17:45' }), day({ openFrom: '09:00' })])).toEqual(
      {
        from: 480,
        to: 1080,
      },
    );
    expect(timelineWindow([day({ openFrom: '07:00', openTo: '21:00' })])).toEqual({ from: 420, to: 1260 });
  });

  it('falls back to 08–18 when no day is open', () => {
    expect(timelineWindow([day({ openFrom: null, openTo: null })])).toEqual({ from: 480, to: 1080 });
    expect(timelineWindow([])).toEqual({ from: 480, to: 1080 });
  });
});

describe('timelineRow', () => {
  const window = { from: 480, to: 1080 };

  it('cuts the window into 30-minute cells, free when nothing holds them', () => {
    const row = timelineRow(day(), window, MORNING);
    expect(row.cells).toHaveLength(20);
    expect(row.cells[0]).toEqual({ start: 480, end: 510, state: 'free' });
    expect(row.cells.every((c) => c.state === 'free')).toBe(true);
  });

  it('marks cells held by a booking including its buffer, and draws the meeting without it', () => {
    const row = timelineRow(
      day({ busy: [slot('09:00', '10:00', { blockedUntil: '2026-11-27T10:15:00+08:00' })] }),
      window,
      MORNING,
    );
    const states = row.cells.slice(2, 6).map((c) => c.state);
    expect(states).toEqual(['busy', 'busy', 'busy', 'free']);
    expect(row.blocks).toEqual([expect.objectContaining({ kind: 'busy', start: 540, end: 600 })]);
  });

  it('marks a cell partly taken as busy', () => {
    const row = timelineRow(day({ busy: [slot('09:10', '09:20')] }), window, MORNING);
    expect(row.cells[2]?.state).toBe('busy');
    expect(row.cells[3]?.state).toBe('free');
  });

  it('marks closures and hours outside the room’s open hours', () => {
    const row = timelineRow(
      day({
        openFrom: '09:00',
        openTo: '17:00',
        closures: [
          { startsAt: '2026-11-27T13:00:00+08:00', endsAt: '2026-11-27T14:00:00+08:00', reason: '检修' },
        ],
      }),
      window,
      MORNING,
    );
    expect(row.cells[0]?.state).toBe('unavailable');
    expect(row.cells[2]?.state).toBe('free');
    expect(row.cells[10]?.state).toBe('closed');
    expect(row.cells[19]?.state).toBe('unavailable');
    expect(row.blocks).toEqual([{ kind: 'closure', start: 780, end: 840, reason: '检修' }]);
  });

  it('makes a closed day unavailable throughout', () => {
    const row = timelineRow(day({ openFrom: null, openTo: null }), window, MORNING);
    expect(row.cells.every((c) => c.state === 'unavailable')).toBe(true);
  });

  it('marks what has begun today, and all of an earlier day, as past', () => {
    // 10:40 in Shanghai
    const row = timelineRow(day(), window, new Date('2026-11-27T02:40:00Z'));
    expect(row.cells[4]?.state).toBe('past');
    expect(row.cells[5]?.state).toBe('past');
    expect(row.cells[6]).toEqual({ start: 660, end: 690, state: 'free' });
    const tomorrow = new Date('2026-11-28T02:00:00Z');
    expect(timelineRow(day(), window, tomorrow).cells.every((c) => c.state === 'past')).toBe(true);
  });

  it('clips a booking that runs past the window', () => {
    const row = timelineRow(day({ busy: [slot('17:00', '19:00')] }), window, MORNING);
    expect(row.blocks[0]).toMatchObject({ start: 1020, end: 1080 });
  });
});
