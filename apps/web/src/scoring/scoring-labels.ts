import { ADOPTION_LEVEL_LABELS, AdoptionKind, AdoptionLevelKey, CreditSplit, PeriodKind, QuotaGrain, RankBy, RankingSubject, QuotaSubjectType, StatsReportStatus, TallyGrain } from '@sqmy/contract';

/** Chinese names of the scoring API's code values. */
export const SUBJECT_LABELS: Record<RankingSubject, string> = {
  informant: '信息员',
  unit: '报送单位',
  county: '县区政协',
  committee: '市政协',
};

/** How the export's file name calls them (the API's name, kept for the saved file). */
export const SUBJECT_FILE_NOUNS: Record<RankingSubject, string> = {
  informant: '信息员',
  unit: '报送单位',
  county: '县级政协',
  committee: '市级政协',
};

export const PERIOD_LABELS: Record<PeriodKind, string> = { month: '月', quarter: '季', year: '年', custom: '自定义' };

export const BY_LABELS: Record<RankBy, string> = { score: '得分', rate: '采用率' };

export const RATE_LEVEL_LABELS: Record<AdoptionLevelKey, string> = { any: '任意级别', ...ADOPTION_LEVEL_LABELS, up: '省级及以上' };

/** The kinds a rule set gives points for by level (领导批示 has its own points by leader level). */
export const SCORED_KINDS = Object.values(AdoptionKind).filter((kind) => kind !== AdoptionKind.LeaderInstruction);

export const QUOTA_SUBJECT_LABELS: Record<QuotaSubjectType, string> = { informant: '信息员', unit: '报送单位' };
export const QUOTA_GRAIN_LABELS: Record<QuotaGrain, string> = { month: '按月', year: '按年' };

export const REPORT_GRAIN_LABELS: Record<TallyGrain, string> = { month: '月报', quarter: '季报', year: '年报' };
export const REPORT_STATUS_LABELS: Record<StatsReportStatus, string> = {
  queued: '排队中',
  running: '生成中',
  succeeded: '已生成',
  failed: '生成失败',
};

export const SPLIT_LABELS: Record<CreditSplit, string> = { equal: '作者平分', lead_share: '第一作者按比例' };

/** The colours of the charts: each level the same in every chart. */
export const CHART_COLORS = { submitted: '#73a0fa', city: '#91cc75', province: '#fac858', national: '#ee6666', points: '#5470c6' };

/** 采用率 as a person reads it: 37.5%, or — when nothing was submitted. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Points with at most two decimals (shares of co-authors). */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0$/, '');
}
