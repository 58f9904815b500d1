import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { StatsChartOption } from './stats-charts';

// only what the statistics page draws, to keep the chunk small
echarts.use([
  BarChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  AriaComponent,
  CanvasRenderer,
]);

/** One chart; `label` names it for screen readers (the figures are in the table under it). */
export function StatsChart({
  option,
  height,
  label,
}: {
  option: StatsChartOption;
  height: number;
  label: string;
}) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
