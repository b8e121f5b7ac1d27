import { ScoreSubjectType, TallyGrain } from '@sqmy/contract';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const count = { type: 'int' as const, default: 0 };

/**
 * The running totals rankings read: per subject and period (month, quarter, year), the points of
 * the lines dated in the period, and — by submission date, the cohort of 采用率 — the items
 * submitted in the period and how many of them were adopted at each level. Maintained by
 * difference as items are refreshed; a full recompute rebuilds exactly the same rows.
 */
@Entity('score_tally')
@Index('score_tally_rank_idx', ['grain', 'period', 'subjectType', 'scopePath'])
@Index('score_tally_scope_idx', { synchronize: false }) // (grain, subject_type, scope_path text_pattern_ops, period) INCLUDE (the figures), for rankings
export class ScoreTally {
  @PrimaryColumn({ type: 'text' })
  subjectType: ScoreSubjectType;

  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  @PrimaryColumn({ type: 'text' })
  grain: TallyGrain;

  /** The first day of the month, quarter or year. */
  @PrimaryColumn({ type: 'date' })
  period: string;

  /** The organisation path of the subject (an informant's organisation, the unit, the committee): scopes rankings. */
  @Column({ type: 'text' })
  scopePath: string;

  @Column({ type: 'numeric', precision: 14, scale: 3, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  points: number;

  @Column(count)
  submitted: number;

  @Column(count)
  adoptedCity: number;

  @Column(count)
  adoptedProvince: number;

  @Column(count)
  adoptedNational: number;

  /** Adopted at province or national. */
  @Column(count)
  adoptedUp: number;

  /** Adopted at any level. */
  @Column(count)
  adoptedAny: number;
}
