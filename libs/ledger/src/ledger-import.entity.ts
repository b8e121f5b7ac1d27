import { LedgerImportStatus, LedgerRowError } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An import of an office's ledger (台账) into a committee, done by a BullMQ job: all rows or none.
 * The uploaded file stays in the attachment store under `storageKey`.
 */
@Entity('ledger_import')
@Index('ledger_import_committee_idx', ['committeeId', 'createdAt'])
export class LedgerImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text', default: LedgerImportStatus.Queued })
  status: LedgerImportStatus;

  /** Data rows in the file (known once it is read). */
  @Column({ type: 'int', default: 0 })
  total: number;

  @Column({ type: 'int', default: 0 })
  processed: number;

  /** Rows that made a new item. */
  @Column({ type: 'int', default: 0 })
  created: number;

  /** Rows whose 编号 the committee already had. */
  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: LedgerRowError[];

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
