import { ItemVersionView } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A full, frozen copy of an item's text: who stored it, when, and why. Never changed or deleted. */
@Entity('item_version')
@Unique('item_version_item_no_key', ['itemId', 'no'])
export class ItemVersion implements ItemVersionView {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'int' })
  no: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  createdById: string;

  /** The move that stored it, e.g. `submit`, `resubmit`. */
  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
