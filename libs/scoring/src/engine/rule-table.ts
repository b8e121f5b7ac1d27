import { AdoptionKind, AdoptionLevel, CreditSplit, LeaderLevel, RuleTable } from '@sqmy/contract';

/** A committee's rule set with its validity (inclusive dates; `validTo` null: open-ended). */
export interface DatedRuleTable extends RuleTable {
  id: string;
  validFrom: string;
  validTo: string | null;
}

const everyLevel = (points: number) => ({ [AdoptionLevel.City]: points, [AdoptionLevel.Province]: points, [AdoptionLevel.National]: points });

/** The default table (DESIGN.md's examples): what scores an event on a date no rule set of its committee covers. */
export const DEFAULT_RULES: Readonly<RuleTable> = Object.freeze({
  points: {
    [AdoptionKind.Compiled]: { [AdoptionLevel.City]: 2 },
    [AdoptionKind.SingleAdoption]: { [AdoptionLevel.Province]: 5, [AdoptionLevel.National]: 20 },
    [AdoptionKind.CompositeAdoption]: { [AdoptionLevel.Province]: 2, [AdoptionLevel.National]: 10 },
    [AdoptionKind.Forwarded]: { [AdoptionLevel.Province]: 1, [AdoptionLevel.National]: 5 },
    [AdoptionKind.SpecialReport]: { [AdoptionLevel.Province]: 8, [AdoptionLevel.National]: 20 },
    [AdoptionKind.Proposal]: everyLevel(3),
    [AdoptionKind.DepartmentFeedback]: everyLevel(1),
    [AdoptionKind.Media]: everyLevel(1),
  },
  instructionPoints: { [LeaderLevel.City]: 10, [LeaderLevel.Province]: 20, [LeaderLevel.National]: 30, [LeaderLevel.Department]: 5 },
  memberBonus: 2,
  commissionBonus: 3,
  plagiarismPenalty: 10,
  split: CreditSplit.Equal,
  leadShare: 0.6,
  unitCredit: 1,
  mergedAuthorShare: 1,
});

/** The rule set valid on `date` (YYYY-MM-DD), or the default table (id null). */
export function rulesOn(ruleSets: readonly DatedRuleTable[], date: string): { id: string | null; rules: RuleTable } {
  const valid = ruleSets.find((set) => set.validFrom <= date && (set.validTo === null || date <= set.validTo));
  return valid ? { id: valid.id, rules: valid } : { id: null, rules: DEFAULT_RULES };
}
