import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionLevel, RecordSource } from '@sqmy/contract';
import { Outlet } from '../outlets/outlet.entity';

/** A report (报送) of an item to a higher outlet: the same item, outlet and date are recorded once. */
@Entity('item_report')
@Index('item_report_once_key', ['itemId', 'outletId', 'reportedOn'], { unique: true })
@Index('item_report_level_date_idx', ['level', 'reportedOn'])
export class ItemReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'uuid' })
  outletId: string;

  @ManyToOne(() => Outlet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outlet_id' })
  outlet?: Outlet;

  /** The outlet's level when it was reported (copied: an outlet's level may be corrected later). */
  @Column({ type: 'text' })
  level: AdoptionLevel;

  @Column({ type: 'date' })
  reportedOn: string;

  /** How: 政协信息直报系统, 机要交换, 电子邮件… */
  @Column({ type: 'text', nullable: true })
  channel: string | null;

  /** The reference given on the way up (报送文号). */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** The local issue it went up with, when a whole issue was reported. */
  @Column({ type: 'uuid', nullable: true })
  bulletinIssueId: string | null;

  @Column({ type: 'text', default: RecordSource.Native })
  source: RecordSource;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
