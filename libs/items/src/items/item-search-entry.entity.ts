import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Item } from './item.entity';
import { ItemStatus } from '@sqmy/contract';

/**
 * The narrow search table: one row per submitted item, with the segmented text's vector and the
 * few columns search filters and orders by, so that matching and ranking never read the wide item
 * rows (their body text makes the item table some 10 GB at a million items). The intake job writes
 * the row in the same transaction as the item's other intake data; a trigger on `item` (migration
 * SearchTable) copies later changes of status, unit, category, topic and submission time.
 * The vector is kept out of line (toast_tuple_target), so the heap stays small.
 */
@Entity('item_search')
@Index('item_search_recent_idx', ['submittedAt', 'itemId'])
@Index('item_search_vector_idx', { synchronize: false }) // GIN (vector)
export class ItemSearchEntry {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @OneToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'text' })
  status: ItemStatus;

  @Column({ type: 'text', nullable: true })
  categoryCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  /** Title tokens weighted A, then the body's, from the intake's segmentation. */
  @Column({ type: 'tsvector', select: false })
  vector: string;
}
