import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName, QueueName } from './queue.constants';

/**
 * A job waiting to be handed to BullMQ. Written in the same transaction as the state change
 * that causes it; the dispatcher enqueues it with its id as the BullMQ job id.
 */
@Entity('outbox_message')
@Index('outbox_message_pending_idx', ['id'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  queue: QueueName;

  @Column({ type: 'text' })
  jobName: JobName;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  dispatchAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
