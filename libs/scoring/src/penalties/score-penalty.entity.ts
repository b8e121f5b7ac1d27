import { PenaltyReason } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A penalty on an item (扣分), dated when it was found; scored by the rules valid on that date. */
@Entity('score_penalty')
@Index('score_penalty_item_idx', ['itemId'])
export class ScorePenalty {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  reason: PenaltyReason;

  @Column({ type: 'date' })
  foundOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
