import { StatsReportStatus, TallyGrain } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A 统计通报 of a committee for a month, quarter or year: made by a BullMQ job (scheduled after each
 * period ends, or on demand) as a .docx and an .xlsx in the attachment store. One per committee and
 * period: running it again remakes the same files.
 */
@Entity('stats_report')
@Unique('stats_report_period_key', ['committeeId', 'grain', 'periodStart'])
export class StatsReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  grain: TallyGrain;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'text', default: StatsReportStatus.Queued })
  status: StatsReportStatus;

  /** 0–100. */
  @Column({ type: 'int', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  docxKey: string | null;

  @Column({ type: 'text', nullable: true })
  xlsxKey: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Who asked for it; null when the schedule made it. */
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
