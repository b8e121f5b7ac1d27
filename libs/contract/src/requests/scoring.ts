import { CreditSplit, PointsTable } from '../views/rules';
import { AdoptionLevelKey, PeriodKind, QuotaGrain, QuotaSubjectType, RankBy, RankingSubject } from '../views/scoring';

/** The period of a ranking request: a month, quarter or year of `year`, or a custom range of months. */
export interface PeriodParams {
  period?: PeriodKind;
  year?: number;
  month?: number;
  quarter?: number;
  /** YYYY-MM, custom periods only. */
  from?: string;
  to?: string;
}

/** What is ranked, where, over which period, by what. */
export interface RankingParams extends PeriodParams {
  subject?: RankingSubject;
  orgId?: string;
  by?: RankBy;
  level?: AdoptionLevelKey;
  page?: number;
  pageSize?: number;
}

export interface NewQuota {
  subjectType: QuotaSubjectType;
  subjectId: string;
  grain: QuotaGrain;
  year: number;
  target: number;
}

/** The fields of a rule set (计分办法) an admin writes. */
export interface RuleSetFields {
  name: string;
  validFrom: string;
  validTo?: string | null;
  points: PointsTable;
  instructionPoints: Partial<Record<string, number>>;
  memberBonus?: number;
  commissionBonus?: number;
  plagiarismPenalty?: number;
  split?: CreditSplit;
  leadShare?: number;
  unitCredit?: number;
  mergedAuthorShare?: number;
}
