import type { CanteenStats } from '@houqin/contracts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type CanteenChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;

/** 0.4567 → 45.7 (one decimal, as the charts and tables show it). */
export const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

// AA-contrast colours on white, told apart by line style too (dashed served, dotted walk-ins)
const BLUE = '#0958d9';
const GREEN = '#237804';
const ORANGE = '#ad4e00';

/** Booked vs served vs walk-ins per day; every day of the range on the axis (missing days count 0). */
export function trendOption(
  trend: CanteenStats['trend'],
  names: { booked: string; served: string; walkIns: string },
  dayLabel: (date: string) => string,
): CanteenChartOption {
  const line = (name: string, data: number[], color: string, type: 'solid' | 'dashed' | 'dotted') => ({
    type: 'line' as const,
    name,
    data,
    color,
    symbolSize: 6,
    lineStyle: { type, width: 2 },
  });
  return {
    aria: { enabled: true },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: trend.map((day) => dayLabel(day.date)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      line(
        names.booked,
        trend.map((d) => d.booked),
        BLUE,
        'solid',
      ),
      line(
        names.served,
        trend.map((d) => d.served),
        GREEN,
        'dashed',
      ),
      line(
        names.walkIns,
        trend.map((d) => d.walkIns),
        ORANGE,
        'dotted',
      ),
    ],
  };
}

/**
 * No-show rate per unit in percent, highest on top (units that booked anything). ECharts draws the
 * first category at the bottom, so the sorted list is reversed for the axis.
 */
export function noShowByUnitOption(byUnit: CanteenStats['byUnit']): CanteenChartOption {
  const sorted = byUnit
    .filter((unit) => unit.booked > 0)
    .sort((a, b) => b.noShowRate - a.noShowRate)
    .reverse();
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: sorted.map((unit) => unit.unitName),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((unit) => percent(unit.noShowRate)),
        itemStyle: { color: ORANGE },
        barMaxWidth: 24,
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/** Estimated wasted portions per meal (cooked for − eaten), in the order meals are served. */
export function wastedByMealOption(
  byMeal: CanteenStats['byMeal'],
  mealName: (meal: CanteenStats['byMeal'][number]['meal']) => string,
  seriesName: string,
): CanteenChartOption {
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: byMeal.map((row) => mealName(row.meal)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: byMeal.map((row) => row.estimatedWasted),
        itemStyle: { color: ORANGE },
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
      },
    ],
  };
}
