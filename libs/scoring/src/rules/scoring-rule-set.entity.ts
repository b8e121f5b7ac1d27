import { CreditSplit, PointsTable } from '@sqmy/contract';
import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A committee's scoring rules (计分办法) for a period of validity: data, versioned, never code.
 * Events are scored by the rule set valid on their date (the default table of DEFAULT_RULES where
 * none is); the validities of one committee never overlap (an exclusion constraint).
 * Changing a rule set rescores the events of its period only.
 */
@Entity('scoring_rule_set')
@Index('scoring_rule_set_committee_idx', ['committeeId', 'validFrom'])
@Exclusion('scoring_rule_set_no_overlap', `USING gist ("committee_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)`)
@Check('scoring_rule_set_period_check', `valid_to IS NULL OR valid_to >= valid_from`)
@Check('scoring_rule_set_shares_check', `lead_share BETWEEN 0 AND 1 AND unit_credit BETWEEN 0 AND 1 AND merged_author_share BETWEEN 0 AND 1`)
export class ScoringRuleSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  /** e.g. 2024年度信息工作计分办法. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  validFrom: string;

  /** Inclusive; null: open-ended. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Points per adoption kind × level (编发, 单篇采用, 综合采用, 转送采用, 专报, 转化为提案, 部门反馈, 媒体刊发). */
  @Column({ type: 'jsonb' })
  points: PointsTable;

  /** Points of a 批示 per leader level: city, province, national, department. */
  @Column({ type: 'jsonb' })
  instructionPoints: Partial<Record<string, number>>;

  /** Added once per item, to each author who is a 政协委员, on its first scoring event. */
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  memberBonus: number;

  /** Added once per commissioned item (约稿), shared like its points, on its first scoring event. */
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  commissionBonus: number;

  /** Taken off (shared like points) when plagiarism is found after adoption; a positive number. */
  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  plagiarismPenalty: number;

  @Column({ type: 'text', default: CreditSplit.Equal })
  split: CreditSplit;

  /** The lead author's share under `lead_share`. */
  @Column({ type: 'numeric', precision: 4, scale: 3, default: () => '0.6', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  leadShare: number;

  /** The share of an item's points its reporting unit is credited with (units' rankings). */
  @Column({ type: 'numeric', precision: 4, scale: 3, default: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  unitCredit: number;

  /** The share of a combined item's (综合稿) points its authors (the originals' authors) share. */
  @Column({ type: 'numeric', precision: 4, scale: 3, default: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  mergedAuthorShare: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
