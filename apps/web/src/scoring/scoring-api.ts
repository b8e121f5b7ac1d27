import type { AdoptionLevelKey, Dashboard, Drilldown, NewQuota, PeriodParams, QuotaView, Ranking, RankingParams, RankingSubject, RecomputeQueued, ReportFormat, RuleSetFields, RuleSetView, Standing, StatsReportView, TallyGrain, Wire } from '@sqmy/contract';
import { api } from '../api/client';

type Query = Record<string, string | number | boolean | undefined>;

/** The period's parameters only: a month period sends no quarter, a custom one no year. */
export function periodParams(period: PeriodParams): Query {
  const { period: grain, year, month, quarter, from, to } = period;
  if (grain === 'custom') return { period: grain, from, to };
  return { period: grain, year, month: grain === 'month' ? month : undefined, quarter: grain === 'quarter' ? quarter : undefined };
}

function rankingParams(query: RankingParams): Query {
  const { subject, orgId, by, level, page, pageSize } = query;
  return { subject, orgId, by, level, page, pageSize, ...periodParams(query) };
}

/** Rankings, quotas, the dashboard, one's standing, 统计通报 and the rules (计分办法). */
export const scoringApi = {
  dashboard: (orgId: string | undefined, year: number) => api.get<Dashboard>('/dashboard', { orgId, year }),
  standing: (year?: number) => api.get<Standing>('/me/standing', { year }),

  rankings: (query: RankingParams) => api.get<Ranking>('/rankings', rankingParams(query)),
  drilldown: (subject: RankingSubject, subjectId: string, period: PeriodParams, level: AdoptionLevelKey) =>
    api.get<Drilldown>('/rankings/drilldown', { subject, subjectId, level, ...periodParams(period) }),
  rankingsExport: (query: RankingParams) => api.blob('/rankings/export', rankingParams({ ...query, page: undefined, pageSize: undefined })),

  quotas: (year: number, behind?: boolean) => api.get<QuotaView[]>('/quotas', { year, behind: behind || undefined }),
  exportQuotas: (year: number, behind?: boolean) => api.blob('/quotas/export', { year, behind: behind || undefined }),
  createQuota: (quota: NewQuota) => api.post<QuotaView>('/quotas', quota),
  updateQuota: (id: string, version: number, target: number) => api.patch<QuotaView>(`/quotas/${id}`, { version, target }),
  deleteQuota: (id: string) => api.delete(`/quotas/${id}`),

  reports: () => api.get<StatsReportView[]>('/stats-reports'),
  report: (id: string) => api.get<StatsReportView>(`/stats-reports/${id}`),
  createReport: (grain: TallyGrain, period: string) => api.post<StatsReportView>('/stats-reports', { grain, period }),
  reportDocument: (id: string, format: ReportFormat) => api.blob(`/stats-reports/${id}/document`, { format }),

  ruleSets: () => api.get<Wire<RuleSetView>[]>('/scoring-rules'),
  defaultRules: () => api.get<Wire<RuleSetView>>('/scoring-rules/default'),
  createRuleSet: (fields: RuleSetFields) => api.post<Wire<RuleSetView>>('/scoring-rules', fields),
  updateRuleSet: (id: string, version: number, fields: Partial<RuleSetFields>) => api.patch<Wire<RuleSetView>>(`/scoring-rules/${id}`, { version, ...fields }),
  deleteRuleSet: (id: string) => api.delete(`/scoring-rules/${id}`),
  recompute: () => api.post<RecomputeQueued>('/scoring/recompute', {}),
};
