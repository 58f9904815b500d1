import { describe, expect, it } from 'vitest';
import { barSpan, closedSpans, dayWindow } from './day-timeline';

describe('day timeline', () => {
  it('spans every room open that day, in whole hours', () => {
    expect(
      dayWindow([
        { openFrom: '08:30', openTo: '18:00' },
        { openFrom: '07:45', openTo: '21:10' },
        { openFrom: null, openTo: null },
      ]),
    ).toEqual({ from: 7 * 60, to: 22 * 60 });
    expect(dayWindow([{ openFrom: null, openTo: null }])).toEqual({ from: 480, to: 1080 });
  });

  it('places a Beijing-time booking on the bar and clips what runs past the window', () => {
    const window = { from: 8 * 60, to: 18 * 60 };
    // 10:00–11:00 Beijing = 02:00–03:00 UTC
    expect(barSpan('2026-11-27T02:00:00Z', '2026-11-27T03:00:00Z', '2026-11-27', window)).toEqual({
      left: 20,
      width: 10,
    });
    // 17:00 Beijing to the next morning: clipped at 18:00
    expect(barSpan('2026-11-27T09:00:00Z', '2026-11-28T01:00:00Z', '2026-11-27', window)).toEqual({
      left: 90,
      width: 10,
    });
    expect(barSpan('2026-11-26T02:00:00Z', '2026-11-26T03:00:00Z', '2026-11-27', window)).toBeNull();
  });

  it('greys out the hours a room is closed', () => {
    const window = { from: 8 * 60, to: 18 * 60 };
    expect(closedSpans({ openFrom: '09:00', openTo: '17:00' }, window)).toEqual([
      { left: 0, width: 10 },
      { left: 90, width: 10 },
    ]);
    expect(closedSpans({ openFrom: null, openTo: null }, window)).toEqual([{ left: 0, width: 100 }]);
    expect(closedSpans({ openFrom: '08:00', openTo: '18:00' }, window)).toEqual([]);
  });
});
