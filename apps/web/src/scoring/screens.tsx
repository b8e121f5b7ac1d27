import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';

/** A page loaded when first opened: the charts (echarts) stay out of the app's first download. */
function lazyScreen(load: () => Promise<ComponentType>): () => ReactNode {
  const Screen = lazy(async () => ({ default: await load() }));
  return () => (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <Screen />
    </Suspense>
  );
}

/** The screens of the scoring menu entries (menu.ts), by entry key. */
export const SCORING_SCREENS: Record<string, () => ReactNode> = {
  'scoring-dashboard': lazyScreen(async () => (await import('../pages/scoring/ScoringDashboardPage')).ScoringDashboardPage),
  rankings: lazyScreen(async () => (await import('../pages/scoring/RankingsPage')).RankingsPage),
  quotas: lazyScreen(async () => (await import('../pages/scoring/QuotasPage')).QuotasPage),
  'stats-reports': lazyScreen(async () => (await import('../pages/scoring/StatsReportsPage')).StatsReportsPage),
  'scoring-rules': lazyScreen(async () => (await import('../pages/scoring/ScoringRulesPage')).ScoringRulesPage),
};
