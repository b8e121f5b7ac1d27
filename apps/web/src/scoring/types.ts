/** Shapes of the scoring, rankings, quotas and 统计通报 API (docs/api-contract.md, issue 7). */
import type { AdoptionKind, LeaderLevel, OutcomeLevel as Level, StatsSummary } from '../outcomes/types';

export type { AdoptionKind, LeaderLevel, Level };

export type RateLevel = 'any' | Level | 'up';

export type RankingSubject = 'informant' | 'unit' | 'county' | 'committee';
export type PeriodGrain = 'month' | 'quarter' | 'year' | 'custom';
export type RankBy = 'score' | 'rate';

/** The period of a ranking request, as its query parameters. */
export interface PeriodQuery {
  period: PeriodGrain;
  year?: number;
  month?: number;
  quarter?: number;
  /** YYYY-MM, custom periods only. */
  from?: string;
  to?: string;
}

export interface RankingQuery extends PeriodQuery {
  subject: RankingSubject;
  orgId?: string;
  by: RankBy;
  level: RateLevel;
  page?: number;
  pageSize?: number;
}

export interface PeriodView {
  grain?: PeriodGrain;
  from: string;
  to: string;
  label: string;
}

export interface RankingRow {
  rank: number;
  previousRank: number | null;
  change: number | null;
  subject: { id: string; name: string; orgName: string | null };
  score: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

export interface Ranking {
  subject: RankingSubject;
  org: { id: string; name: string };
  by: RankBy;
  level: RateLevel;
  period: PeriodView;
  previous: PeriodView;
  total: number;
  rows: RankingRow[];
}

export interface DrilldownLine {
  item: { id: string; title: string };
  source: string;
  /** An adoption kind, or member_bonus, commission_bonus, plagiarism. */
  kind: string;
  kindLabel: string;
  level: string | null;
  occurredOn: string;
  points: number;
  ruleSet: { id: string; name: string } | null;
}

export interface DrilldownItem {
  id: string;
  title: string;
  submittedOn: string;
  adoptedCity: boolean;
  adoptedProvince: boolean;
  adoptedNational: boolean;
}

export interface Drilldown {
  subject: { id: string; name: string };
  period: PeriodView;
  score: number;
  submitted: number;
  adopted: number;
  lines: DrilldownLine[];
  items: DrilldownItem[];
}

export type QuotaSubjectType = 'informant' | 'unit';
export type QuotaGrain = 'month' | 'year';

export interface QuotaProgress {
  due: number;
  done: number;
  ratio: number | null;
  behind: boolean;
}

export interface Quota {
  id: string;
  committee: { id: string; name: string };
  subjectType: QuotaSubjectType;
  subject: { id: string; name: string };
  grain: QuotaGrain;
  year: number;
  target: number;
  version: number;
  progress: QuotaProgress;
}

export interface NewQuota {
  subjectType: QuotaSubjectType;
  subjectId: string;
  grain: QuotaGrain;
  year: number;
  target: number;
}

export interface TrendMonth {
  month: string;
  submitted: number;
  adoptedCity: number;
  adoptedProvince: number;
  adoptedNational: number;
  points: number;
}

export interface LevelKindCount {
  level: Level;
  levelLabel: string;
  kind: AdoptionKind;
  kindLabel: string;
  count: number;
}

export interface Dashboard {
  /** As GET /stats/summary gives it. */
  summary: StatsSummary;
  trend: TrendMonth[];
  byLevelKind: LevelKindCount[];
  topInformants: RankingRow[];
  topUnits: RankingRow[];
  behind: Quota[];
}

export interface StandingFigures {
  score: number;
  rank: number | null;
  of: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

export interface Standing {
  informant: StandingFigures | null;
  unit: (StandingFigures & { id: string; name: string }) | null;
  quotas: Quota[];
}

export type ReportGrain = 'month' | 'quarter' | 'year';
export type ReportStatus = 'queued' | 'running' | 'succeeded' | 'failed';
export type ReportFormat = 'docx' | 'xlsx';

export interface StatsReport {
  id: string;
  committee: { id: string; name: string };
  grain: ReportGrain;
  periodStart: string;
  label: string;
  status: ReportStatus;
  progress: number;
  error: string | null;
  requestedBy: { id: string; name: string } | null;
  createdAt: string;
  finishedAt: string | null;
  files: { docx: boolean; xlsx: boolean };
}

export type PointsTable = Partial<Record<AdoptionKind, Partial<Record<Level, number>>>>;
export type Split = 'equal' | 'lead_share';

/** The fields of a rule set an admin writes. */
export interface RuleSetFields {
  name: string;
  validFrom: string;
  validTo: string | null;
  points: PointsTable;
  instructionPoints: Record<LeaderLevel, number>;
  memberBonus: number;
  commissionBonus: number;
  plagiarismPenalty: number;
  split: Split;
  leadShare: number;
  unitCredit: number;
  mergedAuthorShare: number;
}

export interface RuleSet extends RuleSetFields {
  id?: string;
  committee?: { id: string; name: string };
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}
