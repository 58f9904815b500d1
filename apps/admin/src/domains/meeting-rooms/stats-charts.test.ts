import { describe, expect, it } from 'vitest';
import { heatmapCells, noShowOption, peakHours, percent, utilizationOption } from './stats-charts';

describe('statistics charts', () => {
  it('shows utilization in percent, the busiest room on top', () => {
    const option = utilizationOption([
      { name: '小会议室', utilization: 0.2 },
      { name: '大会堂', utilization: 0.6549 },
      { name: '洽谈室', utilization: 0 },
    ]);
    // ECharts draws the first category at the bottom
    expect(option.yAxis).toMatchObject({ data: ['洽谈室', '小会议室', '大会堂'] });
    expect(option.series).toMatchObject([{ type: 'bar', data: [0, 20, 65.5] }]);
    expect(option.xAxis).toMatchObject({ max: 100 });
  });

  it('leaves units without check-in bookings out of the no-show rates', () => {
    const option = noShowOption([
      { unitId: 'a', unitName: '办公室', checkInBookings: 10, noShows: 3, rate: 0.3 },
      { unitId: 'b', unitName: '财务科', checkInBookings: 0, noShows: 0, rate: 0 },
    ]);
    expect(option.yAxis).toMatchObject({ data: ['办公室'] });
    expect(option.series).toMatchObject([{ data: [30] }]);
  });

  it('fills the whole week × day grid, Monday first', () => {
    const cells = heatmapCells([
      { weekday: 1, hour: 9, hours: 2.25 },
      { weekday: 7, hour: 23, hours: 1 },
    ]);
    expect(cells).toHaveLength(7 * 24);
    expect(cells[9]).toEqual([9, 0, 2.3]);
    expect(cells.at(-1)).toEqual([23, 6, 1]);
    expect(cells[10]).toEqual([10, 0, 0]);
  });

  it('lists the peak hours, busiest first', () => {
    expect(
      peakHours([
        { weekday: 2, hour: 10, hours: 1 },
        { weekday: 1, hour: 9, hours: 3 },
        { weekday: 3, hour: 14, hours: 0 },
      ]),
    ).toEqual([
      { weekday: 1, hour: 9, hours: 3 },
      { weekday: 2, hour: 10, hours: 1 },
    ]);
    expect(percent(0.12345)).toBe(12.3);
  });
});
