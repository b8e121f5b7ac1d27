import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why the desk does not use an item (不予采用: 信访, 涉诉, 人事…). Data, not code: the list lives in this table. */
@Entity('reject_reason')
export class RejectReason {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'int' })
  position: number;

  /** The editor must explain in a comment (其他). */
  @Column({ type: 'boolean', default: false })
  commentRequired: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
