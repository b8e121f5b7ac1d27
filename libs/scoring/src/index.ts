export { ScoringRuleSet } from './rules/scoring-rule-set.entity';
export { ScorePenalty } from './penalties/score-penalty.entity';
export { ScoreLine, ScoreSource } from './tallies/score-line.entity';
export { ItemScoreFact } from './tallies/item-score-fact.entity';
export { ScoreTally } from './tallies/score-tally.entity';
export { OrgYearTally } from './tallies/org-year-tally.entity';
export { Quota } from './quotas/quota.entity';
export { StatsReport } from './reports/stats-report.entity';
/*
 * The public surface of scoring: the modules (API: rule sets, penalties, recompute requests; worker: the `scoring`
 * queue), the default table and the pure scoring of an item, the refresh of items by difference (`refreshItems`,
 * inside a caller's transaction) and the full recompute (`ScoringRecompute.recomputeAll(dataSource, {committeeId?})`,
 * which answers its timings). Writers elsewhere queue refreshes with `refreshScores(itemIds)` from @sqmy/queue.
 */
export { ScoringModule, ScoringWorkerModule } from './scoring.module';
export { DEFAULT_RULES, DatedRuleTable, rulesOn } from './engine/rule-table';
export { scoreItem, ItemFacts, LineDraft, FactRow, ItemScore, FIGURE_KEYS, FigureKey } from './engine/score-item';
export { periodOf } from './engine/periods';
export { ScoringRecompute, RecomputeTimings } from './recompute/scoring-recompute';
export { ScoreRefreshService, refreshItems } from './refresh/score-refresh.service';
export { RankingsModule } from './rankings/rankings.module';
export { FiguresModule } from './figures/figures.module';
export { FiguresService, currentYear } from './figures/figures.service';
export { FigurePeriod, LOCALLY_PUBLISHED_SQL, periodFigureColumns } from './figures/figures.sql';
export { OrgYearQuery } from './figures/dto/org-year.query';
export { StatsReportsWorkerModule } from './reports/stats-reports-worker.module';
export { ScheduledReportsService } from './reports/scheduled-reports.service';
