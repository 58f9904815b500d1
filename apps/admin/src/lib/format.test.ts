import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows Beijing time whatever the machine zone', () => {
    expect(formatDateTime('2026-11-27T06:00:00Z')).toBe('2026-11-27 14:00');
    expect(formatDateTime('2026-11-27T23:30:00+08:00')).toBe('2026-11-27 23:30');
    expect(formatDateTime('2026-11-27T16:05:09Z', { seconds: true })).toBe('2026-11-28 00:05:09');
  });

  it('shows a dash for nothing and the text itself when it is not a time', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('soon')).toBe('soon');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
  });
});
