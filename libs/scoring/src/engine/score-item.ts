import { AdoptionKind, AdoptionLevel, CreditSplit, isAdopted, RuleTable, ScoreSubjectType } from '@sqmy/contract';
import { ScoreSource } from '../tallies/score-line.entity';
import { DatedRuleTable, rulesOn } from './rule-table';

/** Everything about an item that its score, its 采用率 cohort and its annual figures depend on. */
export interface ItemFacts {
  itemId: string;
  committeeId: string;
  /** The reporting unit (报送单位); for a combined item the committee that wrote it. */
  unitId: string;
  /** The calendar date (Asia/Shanghai) of its submission; null while it is a draft. */
  submittedOn: string | null;
  /** Lead author first, then the co-authors in order; `member`: identity 政协委员. */
  authors: { userId: string; member: boolean }[];
  /** Written for a commission (约稿). */
  commissioned: boolean;
  /** The distinct units of the originals merged into it: non-empty only for a combined item (综合稿). */
  originalUnitIds: string[];
  adoptions: { id: string; kind: string; level: string; occurredOn: string }[];
  instructions: { id: string; leaderLevel: string; instructedOn: string }[];
  penalties: { id: string; foundOn: string }[];
  reports: { level: string; reportedOn: string }[];
  /** The years of the published issues it is in, by the issues' dates (编发, LOCALLY_PUBLISHED_SQL). */
  publishedYears: number[];
}

/** One line of credit before it is stored (points rounded to thousandths, never 0). */
export interface LineDraft {
  itemId: string;
  subjectType: ScoreSubjectType;
  subjectId: string;
  source: ScoreSource;
  sourceRef: string;
  kind: string;
  level: string | null;
  occurredOn: string;
  points: number;
  ruleSetId: string | null;
}

/** The annual figures one item adds to its unit, per year — the keys of `org_year_tally` (and of /stats/summary). */
export const FIGURE_KEYS = [
  'collected',
  'locallyPublished',
  'reportedProvince',
  'reportedNational',
  'reportedUp',
  'adoptedProvince',
  'adoptedNational',
  'adoptedUp',
  'adoptionOccurrences',
  'endorsementsCity',
  'endorsementsProvince',
  'endorsementsNational',
  'endorsementsDepartment',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type YearFigures = Record<string, Partial<Record<FigureKey, number>>>;

/** What the tallies count of an item (the row of `item_score_fact`). */
export interface FactRow {
  itemId: string;
  committeeId: string;
  unitId: string;
  authorIds: string[];
  submittedOn: string | null;
  adoptedCity: boolean;
  adoptedProvince: boolean;
  adoptedNational: boolean;
  figures: YearFigures;
}

export interface ItemScore {
  lines: LineDraft[];
  /** null: nothing to count (a draft never submitted, with no outcome). */
  fact: FactRow | null;
}

const UP_LEVELS: readonly string[] = [AdoptionLevel.Province, AdoptionLevel.National];

/**
 * Scores one item: its lines for informants, units and its committee under the rule set valid on each
 * event's date (`ruleSets`: its committee's), and the fact the tallies count — the 采用率 cohort and the
 * annual figures. Pure: the incremental refresh and the full recompute both call it, so they agree.
 */
export function scoreItem(facts: ItemFacts, ruleSets: readonly DatedRuleTable[]): ItemScore {
  const lines: LineDraft[] = [];
  const credit = new Credit(facts, lines);
  for (const event of facts.adoptions) {
    const { id, rules } = rulesOn(ruleSets, event.occurredOn);
    const head = { source: ScoreSource.Adoption, sourceRef: event.id, kind: event.kind, level: event.level, occurredOn: event.occurredOn, ruleSetId: id };
    credit.share(head, rules, rules.points[event.kind]?.[event.level] ?? 0);
  }
  for (const entry of facts.instructions) {
    const { id, rules } = rulesOn(ruleSets, entry.instructedOn);
    const head = { source: ScoreSource.Instruction, sourceRef: entry.id, kind: AdoptionKind.LeaderInstruction, level: entry.leaderLevel, occurredOn: entry.instructedOn, ruleSetId: id };
    credit.share(head, rules, rules.instructionPoints[entry.leaderLevel] ?? 0);
  }
  for (const penalty of facts.penalties) {
    const { id, rules } = rulesOn(ruleSets, penalty.foundOn);
    const head = { source: ScoreSource.Penalty, sourceRef: penalty.id, kind: 'plagiarism', level: null, occurredOn: penalty.foundOn, ruleSetId: id };
    credit.share(head, rules, -rules.plagiarismPenalty);
  }
  const first = firstScoringDate(facts);
  if (first) {
    const { id, rules } = rulesOn(ruleSets, first);
    const bonus = { source: ScoreSource.Bonus, level: null, occurredOn: first, ruleSetId: id };
    if (facts.commissioned) credit.share({ ...bonus, sourceRef: 'commission', kind: 'commission_bonus' }, rules, rules.commissionBonus);
    for (const author of facts.authors.filter((a) => a.member)) {
      credit.add({ ...bonus, sourceRef: `member:${author.userId}`, kind: 'member_bonus' }, ScoreSubjectType.Informant, author.userId, milli(rules.memberBonus));
    }
  }
  return { lines, fact: factOf(facts, lines.length > 0) };
}

type LineHead = Pick<LineDraft, 'source' | 'sourceRef' | 'kind' | 'level' | 'occurredOn' | 'ruleSetId'>;

/** Shares an event's points among the item's subjects (in thousandths, so sums are exact). */
class Credit {
  constructor(
    private readonly facts: ItemFacts,
    private readonly lines: LineDraft[],
  ) {}

  share(head: LineHead, rules: RuleTable, points: number): void {
    const total = milli(points);
    if (total === 0) return;
    const combined = this.facts.originalUnitIds.length > 0;
    const authorPool = combined ? Math.round(total * rules.mergedAuthorShare) : total;
    authorShares(this.facts.authors.length, rules, authorPool).forEach((share, index) => {
      this.add(head, ScoreSubjectType.Informant, this.facts.authors[index].userId, share);
    });
    const units = combined ? this.facts.originalUnitIds : [this.facts.unitId];
    for (const unitId of units) this.add(head, ScoreSubjectType.Unit, unitId, Math.round((total * rules.unitCredit) / units.length));
    this.add(head, ScoreSubjectType.Committee, this.facts.committeeId, total);
  }

  add(head: LineHead, subjectType: ScoreSubjectType, subjectId: string, thousandths: number): void {
    if (thousandths === 0) return;
    this.lines.push({ itemId: this.facts.itemId, subjectType, subjectId, ...head, points: thousandths / 1000 });
  }
}

/** Each author's part of `pool` (thousandths): equal parts, or the lead `leadShare` and the others the rest equally. */
export function authorShares(authors: number, rules: Pick<RuleTable, 'split' | 'leadShare'>, pool: number): number[] {
  if (authors === 0) return [];
  if (authors === 1) return [pool];
  if (rules.split === CreditSplit.LeadShare) {
    const lead = Math.round(pool * rules.leadShare);
    const other = Math.round((pool * (1 - rules.leadShare)) / (authors - 1));
    return [lead, ...Array<number>(authors - 1).fill(other)];
  }
  return Array<number>(authors).fill(Math.round(pool / authors));
}

const milli = (points: number) => Math.round(points * 1000);

/** The date of the item's first scoring event (an adoption or a 批示): when its bonuses are given. */
function firstScoringDate(facts: ItemFacts): string | null {
  const dates = [...facts.adoptions.map((e) => e.occurredOn), ...facts.instructions.map((e) => e.instructedOn)].sort();
  return dates[0] ?? null;
}

function factOf(facts: ItemFacts, scored: boolean): FactRow | null {
  const adoptedAt = (level: string) =>
    facts.adoptions.some((e) => e.level === level && (isAdopted(e.kind) || (level === AdoptionLevel.City && e.kind === AdoptionKind.Compiled)));
  const figures = yearFigures(facts);
  if (facts.submittedOn === null && !scored && Object.keys(figures).length === 0) return null;
  return {
    itemId: facts.itemId,
    committeeId: facts.committeeId,
    unitId: facts.unitId,
    authorIds: facts.authors.map((a) => a.userId),
    submittedOn: facts.submittedOn,
    adoptedCity: adoptedAt(AdoptionLevel.City),
    adoptedProvince: adoptedAt(AdoptionLevel.Province),
    adoptedNational: adoptedAt(AdoptionLevel.National),
    figures,
  };
}

/**
 * The item's part of its unit's annual figures, per year, exactly as /stats/summary defines them
 * (periodFigureColumns in figures/figures.sql.ts): distinct-item counts are 0 or 1 per item; 件次 and 批示 are counts.
 */
export function yearFigures(facts: ItemFacts): YearFigures {
  const figures: YearFigures = {};
  const set = (year: string | number, key: FigureKey, value = 1) => {
    const row = (figures[String(year)] ??= {});
    row[key] = value;
  };
  const bump = (year: string, key: FigureKey) => set(year, key, (figures[year]?.[key] ?? 0) + 1);
  if (facts.submittedOn) set(facts.submittedOn.slice(0, 4), 'collected');
  for (const year of facts.publishedYears) set(year, 'locallyPublished');
  for (const report of facts.reports) {
    const year = report.reportedOn.slice(0, 4);
    if (report.level === AdoptionLevel.Province) set(year, 'reportedProvince');
    if (report.level === AdoptionLevel.National) set(year, 'reportedNational');
    if (UP_LEVELS.includes(report.level)) set(year, 'reportedUp');
  }
  for (const event of facts.adoptions.filter((e) => isAdopted(e.kind) && UP_LEVELS.includes(e.level))) {
    const year = event.occurredOn.slice(0, 4);
    set(year, event.level === AdoptionLevel.Province ? 'adoptedProvince' : 'adoptedNational');
    set(year, 'adoptedUp');
    bump(year, 'adoptionOccurrences');
  }
  const endorsement: Record<string, FigureKey> = { city: 'endorsementsCity', province: 'endorsementsProvince', national: 'endorsementsNational', department: 'endorsementsDepartment' };
  for (const entry of facts.instructions) {
    const key = endorsement[entry.leaderLevel];
    if (key) bump(entry.instructedOn.slice(0, 4), key);
  }
  return figures;
}
