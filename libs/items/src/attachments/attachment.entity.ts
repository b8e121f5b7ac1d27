import type { AttachmentType } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Item } from '../items/item.entity';

/** A file attached to an item; the bytes live in the attachment storage under `storageKey`. */
@Entity('attachment')
@Index('attachment_item_idx', ['itemId'])
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  /** The name the uploader gave it, shown and used for downloads. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: AttachmentType;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text', unique: true })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
