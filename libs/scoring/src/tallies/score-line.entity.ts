import { ScoreSubjectType } from '@sqmy/contract';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a line of points comes from. Persisted. */
export enum ScoreSource {
  Adoption = 'adoption',
  Instruction = 'instruction',
  Bonus = 'bonus',
  Penalty = 'penalty',
}

/**
 * One line of credit: the points one subject gets from one event of one item, under the rule set
 * valid on the event's date. Every score is the sum of its lines, so every figure drills down to
 * them. An item's lines are always rewritten whole, from the item's current facts.
 */
@Entity('score_line')
@Index('score_line_item_idx', ['itemId'])
@Index('score_line_subject_idx', ['subjectType', 'subjectId', 'occurredOn'])
export class ScoreLine {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  subjectType: ScoreSubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  source: ScoreSource;

  /** The adoption event's id, the 批示's or the penalty's id; for a bonus, what it is for (`member:<userId>`, `commission`). */
  @Column({ type: 'text' })
  sourceRef: string;

  /** The adoption kind, `leader_instruction`, `member_bonus`, `commission_bonus` or `plagiarism`. */
  @Column({ type: 'text' })
  kind: string;

  /** The adoption level or the leader's level; null for bonuses and penalties. */
  @Column({ type: 'text', nullable: true })
  level: string | null;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'numeric', precision: 12, scale: 3, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  points: number;

  /** The rule set that gave the points; null: the default table. */
  @Column({ type: 'uuid', nullable: true })
  ruleSetId: string | null;
}
