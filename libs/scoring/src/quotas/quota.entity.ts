import { QuotaGrain, ScoreSubjectType } from '@sqmy/contract';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A quota (任务数): items a unit or an informant is to submit per month or per year of a given year,
 * e.g. a 专委会 2 a month, a 特邀信息员 1 a month. Progress counts the items submitted.
 */
@Entity('quota')
@Unique('quota_subject_key', ['subjectType', 'subjectId', 'grain', 'year'])
@Index('quota_committee_idx', ['committeeId', 'year'])
@Check('quota_target_check', 'target > 0')
export class Quota {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  /** `informant` or `unit`. */
  @Column({ type: 'text' })
  subjectType: ScoreSubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'text' })
  grain: QuotaGrain;

  @Column({ type: 'int' })
  year: number;

  /** Items per month (grain month) or per year. */
  @Column({ type: 'int' })
  target: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
