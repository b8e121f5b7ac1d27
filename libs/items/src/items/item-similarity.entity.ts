import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A near-duplicate pair found by intake, stored in both directions so either item shows the other. */
@Entity('item_similarity')
@Index('item_similarity_similar_idx', ['similarItemId'])
export class ItemSimilarity {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'uuid' })
  similarItemId: string;

  /** 1 − Hamming distance / 64 of the two SimHashes. */
  @Column({ type: 'real' })
  similarity: number;

  @Column({ type: 'int' })
  distance: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
