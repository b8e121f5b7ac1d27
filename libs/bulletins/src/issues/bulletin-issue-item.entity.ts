import { Item } from '@sqmy/items';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { BulletinIssue } from './bulletin-issue.entity';

/**
 * An item in an issue, at its position. From signing on it holds the frozen copy of the item's
 * text: later edits of the item never change a signed issue. An item is in at most one issue that
 * is not a correction (the partial unique index).
 */
@Entity('bulletin_issue_item')
@Unique('bulletin_issue_item_position_key', ['issueId', 'position'])
@Index('bulletin_issue_item_once_idx', ['itemId'], { unique: true, where: 'NOT correction' })
export class BulletinIssueItem {
  @PrimaryColumn({ type: 'uuid' })
  issueId: string;

  @ManyToOne(() => BulletinIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: BulletinIssue;

  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  /** 1, 2, 3… in the order the editor set. */
  @Column({ type: 'int' })
  position: number;

  /** 编者按 for this item alone. */
  @Column({ type: 'text', nullable: true })
  editorNote: string | null;

  /** The issue is a correction (copied from the issue, for the unique index). */
  @Column({ type: 'boolean', default: false })
  correction: boolean;

  /* The frozen copy, set on signing. */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** The author/unit line printed under the title. */
  @Column({ type: 'text', nullable: true })
  byline: string | null;

  @Column({ type: 'int', nullable: true })
  versionNo: number | null;
}
