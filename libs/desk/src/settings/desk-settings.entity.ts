import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_SCREENING_REMINDER_DAYS = 3;
export const DEFAULT_RETURN_REMINDER_DAYS = 7;

/** A committee's desk settings; a committee without a row uses the defaults. */
@Entity('desk_settings')
export class DeskSettings {
  @PrimaryColumn({ type: 'uuid' })
  committeeId: string;

  /** Remind the editors of items waiting for screening longer than this. */
  @Column({ type: 'int', default: DEFAULT_SCREENING_REMINDER_DAYS })
  screeningReminderDays: number;

  /** Remind the authors of returned items not resubmitted after this. */
  @Column({ type: 'int', default: DEFAULT_RETURN_REMINDER_DAYS })
  returnReminderDays: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
