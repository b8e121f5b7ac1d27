import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum ReminderKind {
  /** The item waits for screening (submitted or screening) too long: its editor, or all editors, are reminded. */
  Screening = 'screening',
  /** A returned item is not resubmitted: its authors are reminded. */
  Return = 'return',
}

/** One reminder sent: once per item, kind and waiting period, so running the job again sends nothing new. */
@Entity('item_reminder')
@Unique('item_reminder_once_key', ['itemId', 'kind', 'waitingSince'])
export class ItemReminder {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  kind: ReminderKind;

  /** Start of the waiting period the reminder is about. */
  @Column({ type: 'timestamptz' })
  waitingSince: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
