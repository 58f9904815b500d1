import { describe, expect, it } from 'vitest';
import { formatFen } from './money';

describe('formatFen', () => {
  it('shows yuan with two decimals', () => {
    expect(formatFen(1000)).toBe('¥10.00');
    expect(formatFen(1250)).toBe('¥12.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(123456)).toBe('¥1234.56');
  });
});
