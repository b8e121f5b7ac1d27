import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A request made with an `Idempotency-Key`: a retry with the same key answers with the same item. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** What the key was used for, e.g. `create-item` or `submit:<itemId>`; reusing a key for something else is refused. */
  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
