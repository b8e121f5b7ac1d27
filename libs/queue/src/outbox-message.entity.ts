import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName, JobPriority, QueueName } from './queue.constants';

/**
 * A job and how far it got. Written in the same transaction as the state change that causes it;
 * the dispatcher enqueues it with its id as the BullMQ job id (dispatched_at), the processor marks
 * it completed when its handler succeeded (or failed after its last attempt). Until then the row is
 * in flight, and the reconciler sends it again when Redis no longer has its job. Settled rows are kept.
 */
@Entity('outbox_message')
@Index('outbox_message_pending_idx', ['id'], { where: 'dispatched_at IS NULL' })
@Index('outbox_message_in_flight_idx', ['id'], { where: 'dispatched_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  queue: QueueName;

  @Column({ type: 'text' })
  jobName: JobName;

  @Column({ type: 'jsonb' })
  payload: unknown;

  /** BullMQ priority; null runs before every job that has one. */
  @Column({ type: 'int', nullable: true })
  priority: JobPriority | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When BullMQ last accepted the job. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** When the job's handler succeeded: its effect is in PostgreSQL. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** When the job failed its last attempt (the error in last_error); a retry from Bull Board that succeeds completes it. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  dispatchAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
