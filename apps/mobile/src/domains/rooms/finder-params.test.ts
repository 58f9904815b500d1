import { describe, expect, it } from 'vitest';
import { defaultFinderState, isValidWindow, readFinderState, writeFinderState } from './finder-params';

// 10:10 on Friday 2026-11-27 in Shanghai
const NOW = new Date('2026-11-27T02:10:00Z');

describe('finder state', () => {
  it('starts today at the next half hour for an hour', () => {
    expect(defaultFinderState(NOW)).toEqual({
      date: '2026-11-27',
      from: '10:30',
      to: '11:30',
      people: 0,
      equipment: [],
      view: 'list',
    });
    // 06:00 in Shanghai: from 08:00
    expect(defaultFinderState(new Date('2026-11-26T22:00:00Z'))).toMatchObject({
      from: '08:00',
      to: '09:00',
    });
  });

  it('moves to tomorrow morning late in the day', () => {
    expect(defaultFinderState(new Date('2026-11-27T09:40:00Z'))).toMatchObject({
      date: '2026-11-28',
      from: '09:00',
      to: '10:00',
    });
  });

  it('round-trips through the address and ignores what it cannot use', () => {
    const state = {
      date: '2026-12-01',
      from: '14:00',
      to: '15:30',
      people: 12,
      equipment: ['projector', 'whiteboard'] as const,
      view: 'timeline' as const,
    };
    const params = writeFinderState({ ...state, equipment: [...state.equipment] });
    expect(params.toString()).toBe(
      'date=2026-12-01&from=14%3A00&to=15%3A30&people=12&equipment=projector%2Cwhiteboard&view=timeline',
    );
    expect(readFinderState(params, NOW)).toEqual({ ...state, equipment: ['projector', 'whiteboard'] });
    expect(
      readFinderState(new URLSearchParams('date=2026-02-30&from=9&people=-3&equipment=laser,screen'), NOW),
    ).toEqual({
      date: '2026-11-27',
      from: '10:30',
      to: '11:30',
      people: 0,
      equipment: ['screen'],
      view: 'list',
    });
  });

  it('accepts only a window on the 5-minute grid that ends after it starts', () => {
    expect(isValidWindow('09:00', '10:00')).toBe(true);
    expect(isValidWindow('10:00', '10:00')).toBe(false);
    expect(isValidWindow('09:03', '10:00')).toBe(false);
    expect(isValidWindow('', '10:00')).toBe(false);
  });
});
