export { CreditSplit, PointsTable, ScoringRuleSet } from './rules/scoring-rule-set.entity';
export { PenaltyReason, ScorePenalty } from './penalties/score-penalty.entity';
export { ScoreSubjectType, TallyGrain } from './tallies/score-subject';
export { ScoreLine, ScoreSource } from './tallies/score-line.entity';
export { ItemScoreFact } from './tallies/item-score-fact.entity';
export { ScoreTally } from './tallies/score-tally.entity';
export { OrgYearTally } from './tallies/org-year-tally.entity';
export { Quota, QuotaGrain } from './quotas/quota.entity';
export { StatsReport, StatsReportStatus } from './reports/stats-report.entity';
