import { CommissionStatus, CommissionView } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A commissioned item (约稿): an editor asks a named informant or unit for an item by a deadline. */
@Entity('commission')
@Index('commission_committee_idx', ['committeeId', 'status'])
export class Commission implements CommissionView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  note: string;

  /** The informant asked, or null when a whole unit is asked. */
  @Index('commission_assignee_user_idx')
  @Column({ type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ type: 'uuid' })
  assigneeUnitId: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: CommissionStatus.Open })
  status: CommissionStatus;

  @Column({ type: 'uuid', nullable: true })
  answeredByItemId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
