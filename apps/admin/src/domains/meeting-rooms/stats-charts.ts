import type { RoomStats } from '@houqin/contracts';
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type StatsChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | AriaComponentOption
>;

/** 0.4567 → 45.7 (one decimal, as the charts and tables show it). */
export const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

const PRIMARY = '#0958d9';
const WARNING = '#d46b08';

/**
 * A horizontal bar per item, largest on top. ECharts draws the first category at the bottom, so
 * the sorted list is reversed for the axis.
 */
function horizontalBars(
  items: readonly { label: string; value: number }[],
  options: { unit: string; color: string; max?: number },
): StatsChartOption {
  const sorted = [...items].sort((a, b) => b.value - a.value).reverse();
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => `${v}${options.unit}`,
    },
    xAxis: { type: 'value', max: options.max, axisLabel: { formatter: `{value}${options.unit}` } },
    yAxis: {
      type: 'category',
      data: sorted.map((item) => item.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((item) => item.value),
        itemStyle: { color: options.color },
        barMaxWidth: 24,
        label: { show: true, position: 'right', formatter: `{c}${options.unit}` },
      },
    ],
  };
}

/** Utilization (booked / open hours) per room or building, in percent. */
export function utilizationOption(items: readonly { name: string; utilization: number }[]): StatsChartOption {
  return horizontalBars(
    items.map((item) => ({ label: item.name, value: percent(item.utilization) })),
    { unit: '%', color: PRIMARY, max: 100 },
  );
}

/** No-show rate per unit, in percent (units with check-in bookings only). */
export function noShowOption(items: RoomStats['noShows']): StatsChartOption {
  return horizontalBars(
    items
      .filter((item) => item.checkInBookings > 0)
      .map((item) => ({ label: item.unitName, value: percent(item.rate) })),
    { unit: '%', color: WARNING, max: 100 },
  );
}

/** Booked hours per unit. */
export function busiestUnitsOption(items: RoomStats['busiestUnits'], hoursUnit: string): StatsChartOption {
  return horizontalBars(
    items.map((item) => ({ label: item.unitName, value: Math.round(item.hours * 10) / 10 })),
    { unit: hoursUnit, color: PRIMARY },
  );
}

/** The 7 × 24 grid (every cell, zeros included) as [hour, weekday index, hours] triples. */
export function heatmapCells(heatmap: RoomStats['heatmap']): [number, number, number][] {
  const hours = new Map(heatmap.map((cell) => [`${cell.weekday}:${cell.hour}`, cell.hours]));
  const cells: [number, number, number][] = [];
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    for (let hour = 0; hour < 24; hour += 1) {
      cells.push([hour, weekday - 1, Math.round((hours.get(`${weekday}:${hour}`) ?? 0) * 10) / 10]);
    }
  }
  return cells;
}

/** Peak hours: weekday (Monday on top) × hour of day, shaded by booked hours. */
export function heatmapOption(
  heatmap: RoomStats['heatmap'],
  weekdayNames: readonly string[],
): StatsChartOption {
  const cells = heatmapCells(heatmap);
  const max = Math.max(1, ...cells.map((cell) => cell[2]));
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: { position: 'top' },
    xAxis: {
      type: 'category',
      data: Array.from({ length: 24 }, (_, hour) => `${hour}`),
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: [...weekdayNames], inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f0f5ff', '#85a5ff', '#0958d9', '#002c8c'] },
    },
    series: [
      { type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } },
    ],
  };
}

/** The busiest hours first, for the table under the heatmap. */
export function peakHours(heatmap: RoomStats['heatmap'], limit = 10): RoomStats['heatmap'] {
  return [...heatmap]
    .filter((cell) => cell.hours > 0)
    .sort((a, b) => b.hours - a.hours || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, limit);
}
