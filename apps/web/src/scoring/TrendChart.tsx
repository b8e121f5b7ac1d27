import { useMemo } from 'react';
import type { TrendMonth } from '@sqmy/contract';
import { EChart } from './EChart';
import type { ChartOption } from './EChart';
import { CHART_COLORS } from './scoring-labels';

/** 2024-03 → 3月 */
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`;

/** The year month by month: items submitted, adopted at each level (bars) and points (a line on its own axis). */
export function TrendChart({ trend }: { trend: TrendMonth[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      color: [CHART_COLORS.submitted, CHART_COLORS.city, CHART_COLORS.province, CHART_COLORS.national, CHART_COLORS.points],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: trend.map((month) => monthLabel(month.month)) },
      yAxis: [
        { type: 'value', name: '篇', minInterval: 1 },
        { type: 'value', name: '分', splitLine: { show: false } },
      ],
      series: [
        { name: '报送', type: 'bar', data: trend.map((month) => month.submitted) },
        { name: '市级采用', type: 'bar', stack: 'adopted', data: trend.map((month) => month.adoptedCity) },
        { name: '省级采用', type: 'bar', stack: 'adopted', data: trend.map((month) => month.adoptedProvince) },
        { name: '全国采用', type: 'bar', stack: 'adopted', data: trend.map((month) => month.adoptedNational) },
        { name: '得分', type: 'line', yAxisIndex: 1, smooth: true, data: trend.map((month) => month.points) },
      ],
    }),
    [trend],
  );
  return <EChart option={option} testId="trend-chart" />;
}
