import { AdoptionKind, AdoptionLevel } from '../adoption';
import { Summary } from './figures';

/** Who is scored and ranked. Persisted. */
export enum ScoreSubjectType {
  /** An author (信息员, 政协委员…): their share of each item's points. */
  Informant = 'informant',
  /** A reporting unit (报送单位): `unitCredit` of its items' points. */
  Unit = 'unit',
  /** A committee (市/县政协): the full points of its items. */
  Committee = 'committee',
}

/** The periods tallies are kept for. Persisted. */
export enum TallyGrain {
  Month = 'month',
  Quarter = 'quarter',
  Year = 'year',
}

/** The periods one ranks over: a calendar month, quarter or year, or a custom range of months. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** Who a ranking lists: informants, reporting units, county committees, or the cities of a province. */
export const RANKING_SUBJECTS = ['informant', 'unit', 'county', 'committee'] as const;
export type RankingSubject = (typeof RANKING_SUBJECTS)[number];

/** The levels 采用率 is asked at (contract, "What is scored"): `up` is province or national. */
export const LEVEL_KEYS = ['any', 'city', 'province', 'national', 'up'] as const;
export type AdoptionLevelKey = (typeof LEVEL_KEYS)[number];

/** What a ranking orders by. */
export type RankBy = 'score' | 'rate';

export interface PeriodView {
  grain: PeriodKind;
  /** The first day, YYYY-MM-DD. */
  from: string;
  /** The last day, YYYY-MM-DD. */
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
  level: AdoptionLevelKey;
  period: PeriodView;
  previous: Omit<PeriodView, 'grain'>;
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

/** How a subject's score of a period is made up: its lines and its items. */
export interface Drilldown {
  subject: { id: string; name: string };
  period: PeriodView;
  score: number;
  submitted: number;
  adopted: number;
  lines: DrilldownLine[];
  items: DrilldownItem[];
}

/** How often a quota falls due. Persisted. */
export enum QuotaGrain {
  Month = 'month',
  Year = 'year',
}

export interface QuotaProgress {
  /** The target up to the current month. */
  due: number;
  /** Items submitted in the year up to now. */
  done: number;
  /** done ÷ due, 4 decimals; null when nothing is due yet. */
  ratio: number | null;
  behind: boolean;
}

/** Who a quota is set for: an informant or a reporting unit. */
export type QuotaSubjectType = ScoreSubjectType.Informant | ScoreSubjectType.Unit;

/** A quota (任务数) with its progress. */
export interface QuotaView {
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

export interface TrendMonth {
  month: string;
  submitted: number;
  adoptedCity: number;
  adoptedProvince: number;
  adoptedNational: number;
  points: number;
}

export interface AdoptionCount {
  level: AdoptionLevel;
  levelLabel: string;
  kind: AdoptionKind;
  kindLabel: string;
  count: number;
}

/** The research center's dashboard of an organisation's year. */
export interface Dashboard {
  summary: Summary;
  trend: TrendMonth[];
  byLevelKind: AdoptionCount[];
  topInformants: RankingRow[];
  topUnits: RankingRow[];
  behind: QuotaView[];
}

export interface StandingFigures {
  score: number;
  /** null: no tally this year. */
  rank: number | null;
  of: number;
  submitted: number;
  adopted: number;
  rate: number | null;
}

/** One's own standing in the committee's year. */
export interface Standing {
  informant: StandingFigures | null;
  unit: ({ id: string; name: string } & StandingFigures) | null;
  quotas: QuotaView[];
}

export enum StatsReportStatus {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

/** The files a 统计通报 is made as. */
export type ReportFormat = 'docx' | 'xlsx';

/** A 统计通报 of a committee for a month, quarter or year, and its files. */
export interface StatsReportView {
  id: string;
  committee: { id: string; name: string };
  grain: TallyGrain;
  periodStart: string;
  label: string;
  status: StatsReportStatus;
  progress: number;
  error: string | null;
  requestedBy: { id: string; name: string } | null;
  createdAt: string;
  finishedAt: string | null;
  files: { docx: boolean; xlsx: boolean };
}
