import { api } from '../api/client';
import type {
  Dashboard,
  Drilldown,
  NewQuota,
  PeriodQuery,
  Quota,
  Ranking,
  RankingQuery,
  RankingSubject,
  RateLevel,
  ReportFormat,
  ReportGrain,
  RuleSet,
  RuleSetFields,
  Standing,
  StatsReport,
} from './types';

type Query = Record<string, string | number | boolean | undefined>;

/** The period's parameters only: a month period sends no quarter, a custom one no year. */
export function periodParams(period: PeriodQuery): Query {
  const { period: grain, year, month, quarter, from, to } = period;
  if (grain === 'custom') return { period: grain, from, to };
  return { period: grain, year, month: grain === 'month' ? month : undefined, quarter: grain === 'quarter' ? quarter : undefined };
}

function rankingParams(query: RankingQuery): Query {
  const { subject, orgId, by, level, page, pageSize } = query;
  return { subject, orgId, by, level, page, pageSize, ...periodParams(query) };
}

/** Rankings, quotas, the dashboard, one's standing, 统计通报 and the rules (计分办法). */
export const scoringApi = {
  dashboard: (orgId: string | undefined, year: number) => api.get<Dashboard>('/dashboard', { orgId, year }),
  standing: (year?: number) => api.get<Standing>('/me/standing', { year }),

  rankings: (query: RankingQuery) => api.get<Ranking>('/rankings', rankingParams(query)),
  drilldown: (subject: RankingSubject, subjectId: string, period: PeriodQuery, level: RateLevel) =>
    api.get<Drilldown>('/rankings/drilldown', { subject, subjectId, level, ...periodParams(period) }),
  rankingsExport: (query: RankingQuery) => api.blob('/rankings/export', rankingParams({ ...query, page: undefined, pageSize: undefined })),

  quotas: (year: number, behind?: boolean) => api.get<Quota[]>('/quotas', { year, behind: behind || undefined }),
  createQuota: (quota: NewQuota) => api.post<Quota>('/quotas', quota),
  updateQuota: (id: string, version: number, target: number) => api.patch<Quota>(`/quotas/${id}`, { version, target }),
  deleteQuota: (id: string) => api.delete(`/quotas/${id}`),

  reports: () => api.get<StatsReport[]>('/stats-reports'),
  report: (id: string) => api.get<StatsReport>(`/stats-reports/${id}`),
  createReport: (grain: ReportGrain, period: string) => api.post<StatsReport>('/stats-reports', { grain, period }),
  reportDocument: (id: string, format: ReportFormat) => api.blob(`/stats-reports/${id}/document`, { format }),

  ruleSets: () => api.get<RuleSet[]>('/scoring-rules'),
  defaultRules: () => api.get<RuleSet>('/scoring-rules/default'),
  createRuleSet: (fields: RuleSetFields) => api.post<RuleSet>('/scoring-rules', fields),
  updateRuleSet: (id: string, version: number, fields: Partial<RuleSetFields>) => api.patch<RuleSet>(`/scoring-rules/${id}`, { version, ...fields }),
  deleteRuleSet: (id: string) => api.delete(`/scoring-rules/${id}`),
  recompute: () => api.post<{ queued: boolean }>('/scoring/recompute', {}),
};
