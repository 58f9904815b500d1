import { describe, expect, it, vi } from 'vitest';

vi.mock('../../lib/format', () => ({ TIME_ZONE: 'Asia/Shanghai' }));
const { dayLabel } = await import('./day-label');

describe('dayLabel', () => {
  it('names the civil date and weekday, whatever the process zone', () => {
    expect(dayLabel('2026-11-27', 'zh-CN')).toBe('11月27日 周五');
    expect(dayLabel('2026-11-27', 'en')).toBe('Fri, Nov 27');
    expect(dayLabel('2026-10-10', 'zh-CN')).toBe('10月10日 周六');
  });
});
