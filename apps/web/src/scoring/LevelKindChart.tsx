import { useMemo } from 'react';
import { ADOPTION_LEVEL_LABELS, AdoptionLevel } from '@sqmy/contract';
import type { AdoptionCount } from '@sqmy/contract';
import { EChart } from './EChart';
import type { ChartOption } from './EChart';
import { CHART_COLORS } from './scoring-labels';

/** The year's adoption events by kind (categories) and level (stacked bars). */
export function LevelKindChart({ counts }: { counts: AdoptionCount[] }) {
  const option = useMemo<ChartOption>(() => {
    const kinds = [...new Map(counts.map((count) => [count.kind, count.kindLabel])).entries()];
    const countOf = (kind: string, level: string) =>
      counts.find((count) => count.kind === kind && count.level === level)?.count ?? 0;
    return {
      color: Object.values(AdoptionLevel).map((level) => CHART_COLORS[level]),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: kinds.map(([, label]) => label) },
      yAxis: { type: 'value', name: '件次', minInterval: 1 },
      series: Object.values(AdoptionLevel).map((level) => ({
        name: ADOPTION_LEVEL_LABELS[level],
        type: 'bar' as const,
        stack: 'level',
        data: kinds.map(([kind]) => countOf(kind, level)),
      })),
    };
  }, [counts]);
  return <EChart option={option} testId="level-kind-chart" />;
}
