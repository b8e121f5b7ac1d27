import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IssueKind } from '@sqmy/contract';

/**
 * The running number (总第M期) of a series and kind. Signing locks this row, so issues of one
 * series and kind are numbered one at a time: gap-free, and the unique keys on the issue make any
 * slip an error rather than a duplicate.
 */
@Entity('bulletin_counter')
export class BulletinCounter {
  @PrimaryColumn({ type: 'uuid' })
  seriesId: string;

  @PrimaryColumn({ type: 'text' })
  kind: IssueKind;

  @Column({ type: 'int', default: 0 })
  lastTotalNumber: number;
}
