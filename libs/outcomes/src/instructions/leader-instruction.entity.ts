import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { LeaderLevel, RecordSource } from '@sqmy/contract';

/**
 * An entry of the 批示 register: a leader's written instruction on an item, its referral (转办) to a
 * department, the department's reply (回函) and closure (办结). The register is the only record of 批示.
 */
@Entity('leader_instruction')
@Index('leader_instruction_item_idx', ['itemId'])
@Index('leader_instruction_committee_date_idx', ['committeeId', 'instructedOn'])
export class LeaderInstruction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  /** The item's committee (the register is kept per committee). */
  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  leaderName: string;

  @Column({ type: 'text' })
  leaderLevel: LeaderLevel;

  @Column({ type: 'date' })
  instructedOn: string;

  /** 批示内容 (ledgers do not carry it). */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** 转办: the department it was referred to. */
  @Column({ type: 'text', nullable: true })
  referredTo: string | null;

  @Column({ type: 'date', nullable: true })
  referredOn: string | null;

  /** 回函: the department's reply. */
  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ type: 'date', nullable: true })
  repliedOn: string | null;

  /** 办结. */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', default: RecordSource.Native })
  source: RecordSource;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
