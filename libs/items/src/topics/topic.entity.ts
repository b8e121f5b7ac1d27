import { TopicView } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A topic call (选题): what the research center wants information on, open between two dates. */
@Entity('topic')
@Index('topic_committee_idx', ['committeeId', 'closesOn'])
export class Topic implements TopicView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', nullable: true })
  categoryCode: string | null;

  @Column({ type: 'date' })
  opensOn: string;

  @Column({ type: 'date' })
  closesOn: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
