/** How co-authors share an item's points (谁撰写谁得分). Persisted. */
export enum CreditSplit {
  /** Every author the same share. */
  Equal = 'equal',
  /** The lead author `leadShare` of the points, the others the rest in equal parts. */
  LeadShare = 'lead_share',
}

/** Points per adoption kind and level: `points[kind][level]`; a missing entry scores 0. */
export type PointsTable = Partial<Record<string, Partial<Record<string, number>>>>;

/** What a rule set says: the points table, the 批示 points, bonuses, penalty and how credit is shared. */
export interface RuleTable {
  points: PointsTable;
  instructionPoints: Partial<Record<string, number>>;
  memberBonus: number;
  commissionBonus: number;
  plagiarismPenalty: number;
  split: CreditSplit;
  leadShare: number;
  unitCredit: number;
  mergedAuthorShare: number;
}

/** The default table, as a rule set without id (GET /scoring-rule-sets/default). */
export interface DefaultRuleSet extends RuleTable {
  name: string;
  validFrom: null;
  validTo: null;
}

/** A committee's scoring rules (计分办法) for a period of validity. */
export interface RuleSetView extends RuleTable {
  id: string;
  committee: { id: string; name: string };
  name: string;
  validFrom: string;
  validTo: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A full recompute was queued. */
export interface RecomputeQueued {
  queued: true;
}
