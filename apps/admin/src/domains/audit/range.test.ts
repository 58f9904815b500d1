import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fromShanghaiIso, toShanghaiIso } from './range';

describe('audit time range', () => {
  it('sends the picked wall-clock minutes as Beijing time, whatever the browser zone', () => {
    const picked = dayjs('2026-11-27T14:05');
    expect(toShanghaiIso(picked, 'from')).toBe('2026-11-27T14:05:00.000+08:00');
    expect(toShanghaiIso(picked, 'to')).toBe('2026-11-27T14:05:59.999+08:00');
  });

  it('reads it back to the same wall-clock time', () => {
    expect(fromShanghaiIso('2026-11-27T14:05:00.000+08:00')?.format('YYYY-MM-DD HH:mm')).toBe(
      '2026-11-27 14:05',
    );
    expect(fromShanghaiIso(undefined)).toBeNull();
    expect(fromShanghaiIso('garbage')).toBeNull();
  });
});
