import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ItemAuthor } from './item-author.entity';
import { ItemStatus } from '@sqmy/contract';

/**
 * An item (信息稿件). The working text lives here; every submit (and later every edit) also
 * stores a full `ItemVersion`. `version` is the optimistic lock: a stale write is refused with 409.
 */
@Entity('item')
@Index('item_committee_status_idx', ['committeeId', 'status', 'submittedAt'])
@Index('item_unit_idx', ['unitId'])
@Index('item_assignee_idx', ['assigneeId'], { where: 'assignee_id IS NOT NULL' })
@Index('item_merged_into_idx', ['mergedIntoId'], { where: 'merged_into_id IS NOT NULL' })
@Index('item_ledger_no_key', ['committeeId', 'ledgerNo'], { unique: true, where: 'ledger_no IS NOT NULL' })
@Index('item_bands_idx', { synchronize: false }) // GIN (simhash_bands): near-duplicate candidates share a band
export class Item {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  /** The reporting unit (报送单位) the item comes from: the lead author's organisation. */
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  leadAuthorId: string;

  @OneToMany(() => ItemAuthor, (author) => author.item)
  authors?: ItemAuthor[];

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  categoryCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'uuid', nullable: true })
  commissionId: string | null;

  @Column({ type: 'text' })
  status: ItemStatus;

  /** When the item entered its current status: what the desk's "waiting since" and reminders count from. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  /** The editor who screens or edits it (阅选 / 编辑). */
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  /** Why it was not used (不予采用): a code of `reject_reason`. */
  @Column({ type: 'text', nullable: true })
  rejectReasonCode: string | null;

  /** The combined item (综合稿) it was merged into; credit passes through it. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Who changed it last, for the stale-version answer; null until someone other than its creation touched it. */
  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  /** Number of the latest stored text version; 0 while the item was never submitted. */
  @Column({ type: 'int', default: 0 })
  versionNo: number;

  @VersionColumn()
  version: number;

  /* Filled by the intake job from the latest submitted text: a SimHash with its four 16-bit bands. The search
     vector is in the narrow search table (ItemSearchEntry). */
  @Column({ type: 'bigint', nullable: true, select: false })
  simhash: string | null;

  @Column({ type: 'int', array: true, nullable: true, select: false })
  simhashBands: number[] | null;

  @Column({ type: 'int', nullable: true })
  intakeVersionNo: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** 编号 of the office's ledger (台账) the item was imported from: unique in the committee; null for items recorded here. */
  @Column({ type: 'text', nullable: true })
  ledgerNo: string | null;

  /** 备注 of the ledger row. */
  @Column({ type: 'text', nullable: true })
  ledgerNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
