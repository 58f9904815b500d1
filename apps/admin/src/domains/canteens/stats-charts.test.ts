import type { CanteenStats } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { noShowByUnitOption, percent, trendOption, wastedByMealOption } from './stats-charts';

const unit = (unitName: string, booked: number, noShowRate: number) => ({
  unitId: unitName,
  unitName,
  booked,
  served: 0,
  noShows: 0,
  noShowRate,
});

describe('canteen statistics charts', () => {
  it('rounds rates to one decimal percent', () => {
    expect(percent(0.12345)).toBe(12.3);
    expect(percent(1)).toBe(100);
  });

  it('draws the three daily lines in date order', () => {
    const option = trendOption(
      [
        { date: '2026-10-12', booked: 10, served: 8, noShows: 2, walkIns: 1 },
        { date: '2026-10-13', booked: 12, served: 12, noShows: 0, walkIns: 0 },
      ],
      { booked: '报餐', served: '就餐', walkIns: '散客' },
      (date) => date.slice(5),
    );
    expect(option.xAxis).toMatchObject({ data: ['10-12', '10-13'] });
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['报餐', [10, 12]],
      ['就餐', [8, 12]],
      ['散客', [1, 0]],
    ]);
  });

  it('puts the worst no-show unit on top and leaves out units that booked nothing', () => {
    const option = noShowByUnitOption([unit('甲', 10, 0.1), unit('乙', 10, 0.3), unit('丙', 0, 0)]);
    expect(option.yAxis).toMatchObject({ data: ['甲', '乙'] }); // bottom to top
    expect((option.series as { data: number[] }[])[0]?.data).toEqual([10, 30]);
  });

  it('shows wasted portions per meal', () => {
    const row = (meal: 'breakfast' | 'lunch', estimatedWasted: number): CanteenStats['byMeal'][number] => ({
      meal,
      booked: 0,
      served: 0,
      noShows: 0,
      walkIns: 0,
      guests: 0,
      estimatedWasted,
    });
    const option = wastedByMealOption([row('breakfast', 3), row('lunch', 7)], (m) => m, '份');
    expect(option.xAxis).toMatchObject({ data: ['breakfast', 'lunch'] });
    expect((option.series as { data: number[] }[])[0]?.data).toEqual([3, 7]);
  });
});
