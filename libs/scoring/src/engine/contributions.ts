import { ScoreSubjectType, TallyGrain } from '@sqmy/contract';
import { GRAINS, periodOf } from './periods';
import { FactRow, FIGURE_KEYS, FigureKey } from './score-item';

/** What one item adds to a tally row; points in thousandths, so sums are exact. */
export interface TallyValues {
  points: number;
  submitted: number;
  adoptedCity: number;
  adoptedProvince: number;
  adoptedNational: number;
  adoptedUp: number;
  adoptedAny: number;
}
export const TALLY_VALUE_KEYS = ['points', 'submitted', 'adoptedCity', 'adoptedProvince', 'adoptedNational', 'adoptedUp', 'adoptedAny'] as const;

export interface TallyKey {
  subjectType: ScoreSubjectType;
  subjectId: string;
  grain: TallyGrain;
  period: string;
}

const zero = (): TallyValues => ({ points: 0, submitted: 0, adoptedCity: 0, adoptedProvince: 0, adoptedNational: 0, adoptedUp: 0, adoptedAny: 0 });
export const tallyKeyOf = (key: TallyKey) => `${key.subjectType}|${key.subjectId}|${key.grain}|${key.period}`;

/** Net changes to tally rows (score_tally) and to annual figures (org_year_tally), keyed and summed. */
export class TallyDelta {
  readonly tallies = new Map<string, TallyKey & { values: TallyValues }>();
  readonly figures = new Map<string, { orgId: string; year: number; values: Record<FigureKey, number> }>();

  /** Adds (`sign` 1) or takes away (-1) an item's lines (points in units) and its fact. */
  add(sign: 1 | -1, lines: readonly { subjectType: ScoreSubjectType; subjectId: string; occurredOn: string; points: number }[], fact: FactRow | null, cohortUnitIds: readonly string[]): void {
    for (const line of lines) {
      for (const grain of GRAINS) this.tally({ subjectType: line.subjectType, subjectId: line.subjectId, grain, period: periodOf(grain, line.occurredOn) }).points += sign * Math.round(line.points * 1000);
    }
    if (!fact) return;
    if (fact.submittedOn) {
      const subjects: [ScoreSubjectType, string][] = [
        ...fact.authorIds.map((id): [ScoreSubjectType, string] => [ScoreSubjectType.Informant, id]),
        ...cohortUnitIds.map((id): [ScoreSubjectType, string] => [ScoreSubjectType.Unit, id]),
        [ScoreSubjectType.Committee, fact.committeeId],
      ];
      const up = fact.adoptedProvince || fact.adoptedNational;
      for (const [subjectType, subjectId] of subjects) {
        for (const grain of GRAINS) {
          const row = this.tally({ subjectType, subjectId, grain, period: periodOf(grain, fact.submittedOn) });
          row.submitted += sign;
          row.adoptedCity += sign * Number(fact.adoptedCity);
          row.adoptedProvince += sign * Number(fact.adoptedProvince);
          row.adoptedNational += sign * Number(fact.adoptedNational);
          row.adoptedUp += sign * Number(up);
          row.adoptedAny += sign * Number(up || fact.adoptedCity);
        }
      }
    }
    for (const [year, values] of Object.entries(fact.figures)) {
      const key = `${fact.unitId}|${year}`;
      let row = this.figures.get(key);
      if (!row) this.figures.set(key, (row = { orgId: fact.unitId, year: Number(year), values: Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as Record<FigureKey, number> }));
      for (const k of FIGURE_KEYS) row.values[k] += sign * (values[k] ?? 0);
    }
  }

  /** The rows that change, in key order: the order every refresh updates them in, so two never deadlock. */
  changedTallies(): (TallyKey & { values: TallyValues })[] {
    return [...this.tallies.entries()]
      .filter(([, row]) => TALLY_VALUE_KEYS.some((k) => row.values[k] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }

  changedFigures(): { orgId: string; year: number; values: Record<FigureKey, number> }[] {
    return [...this.figures.entries()]
      .filter(([, row]) => FIGURE_KEYS.some((k) => row.values[k] !== 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }

  private tally(key: TallyKey): TallyValues {
    const id = tallyKeyOf(key);
    let row = this.tallies.get(id);
    if (!row) this.tallies.set(id, (row = { ...key, values: zero() }));
    return row.values;
  }
}

/** The units an item counts for in 采用率: the originals' units for a combined item, else its own. */
export const cohortUnits = (fact: Pick<FactRow, 'unitId'>, originalUnitIds: readonly string[]) => (originalUnitIds.length ? originalUnitIds : [fact.unitId]);
