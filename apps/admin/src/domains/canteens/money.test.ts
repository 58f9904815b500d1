import { describe, expect, it } from 'vitest';
import { fenToYuan, formatFen, yuanToFen } from './money';

describe('money', () => {
  it('shows fen as yuan with two decimals and grouping', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(1250)).toBe('¥12.50');
    expect(formatFen(1234567)).toBe('¥12,345.67');
  });

  it('turns typed yuan into whole fen and back', () => {
    expect(yuanToFen(8.3)).toBe(830);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(12)).toBe(1200);
    expect(fenToYuan(1250)).toBe(12.5);
  });
});
