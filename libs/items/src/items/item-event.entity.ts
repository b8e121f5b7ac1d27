import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CommentAudience, ItemStatus } from '@sqmy/contract';

/** The audit trail: every transition with who, when, from, to, comment and reason. Nothing is deleted. */
@Entity('item_event')
@Index('item_event_item_idx', ['itemId', 'id'])
export class ItemEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  fromStatus: ItemStatus | null;

  @Column({ type: 'text' })
  toStatus: ItemStatus;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Who reads `comment`: the authors, or only the desk (the move's, in TRANSITIONS; `commentAudienceOf`). */
  @Column({ type: 'text' })
  commentAudience: CommentAudience;

  /** The reject reason (不予采用) of a `reject` event. */
  @Column({ type: 'text', nullable: true })
  reasonCode: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
