import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Item } from './item.entity';

/** An author of an item: the lead (position 0) and co-authors (联名) in order. Credit follows them. */
@Entity('item_author')
@Index('item_author_user_idx', ['userId'])
export class ItemAuthor {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Item, (item) => item.authors, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;
}
