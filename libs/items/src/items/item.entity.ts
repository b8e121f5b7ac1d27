import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ItemAuthor } from './item-author.entity';
import { ItemStatus } from './item-status';

/**
 * An item (信息稿件). The working text lives here; every submit (and later every edit) also
 * stores a full `ItemVersion`. `version` is the optimistic lock: a stale write is refused with 409.
 */
@Entity('item')
@Index('item_committee_status_idx', ['committeeId', 'status', 'submittedAt'])
@Index('item_unit_idx', ['unitId'])
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
