import { describe, expect, it } from 'vitest';
import { parseStatsRange } from './stats-range';

describe('parseStatsRange', () => {
  const now = new Date('2026-11-26T20:00:00Z'); // 27 Nov in Beijing, 26 Nov in St John's

  it('defaults to the last 30 days in Beijing', () => {
    expect(parseStatsRange(new URLSearchParams(), now)).toEqual({ from: '2026-10-29', to: '2026-11-27' });
  });

  it('keeps a valid range and drops a reversed or malformed one', () => {
    expect(parseStatsRange(new URLSearchParams('from=2026-01-01&to=2026-03-31'), now)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(parseStatsRange(new URLSearchParams('from=2026-03-31&to=2026-01-01'), now).to).toBe('2026-11-27');
    expect(parseStatsRange(new URLSearchParams('from=2026-13-01&to=2026-14-01'), now).to).toBe('2026-11-27');
  });
});
