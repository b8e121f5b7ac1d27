import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { BulletinSeries } from '../series/bulletin-series.entity';
import { DistributionLine, DocumentStatus, IssueKind, IssueStatus } from '@sqmy/contract';

/**
 * An issue (期) of a series. A draft has no number, year or date; signing gives all three at once.
 * The unique keys make 第N期 of a year and 总第M期 of the series unique per kind.
 */
@Entity('bulletin_issue')
@Unique('bulletin_issue_number_key', ['seriesId', 'kind', 'year', 'number'])
@Unique('bulletin_issue_total_number_key', ['seriesId', 'kind', 'totalNumber'])
@Check(
  'bulletin_issue_numbered_check',
  `(status = 'draft') = (number IS NULL) AND (number IS NULL) = (year IS NULL) AND (number IS NULL) = (date IS NULL) AND (imported OR (number IS NULL) = (total_number IS NULL))`,
)
@Index('bulletin_issue_series_idx', ['seriesId', 'status'])
@Index('bulletin_issue_committee_year_idx', ['committeeId', 'year'], { where: "status = 'published'" }) // the issues a subtree published in a year
export class BulletinIssue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => BulletinSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id' })
  series?: BulletinSeries;

  @Column({ type: 'uuid' })
  seriesId: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  kind: IssueKind;

  @Column({ type: 'text', default: IssueStatus.Draft })
  status: IssueStatus;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  /** 第N期 of the year. */
  @Column({ type: 'int', nullable: true })
  number: number | null;

  /** 总第M期 of the series. */
  @Column({ type: 'int', nullable: true })
  totalNumber: number | null;

  /** The sign-off date printed in the masthead, `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  date: string | null;

  /** 编者按 of the issue. */
  @Column({ type: 'text', nullable: true })
  editorNote: string | null;

  @Column({ type: 'jsonb' })
  distribution: DistributionLine[];

  @Column({ type: 'int' })
  copies: number;

  /** A correction (更正) names the issue it corrects. */
  @ManyToOne(() => BulletinIssue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_issue_id' })
  corrects?: BulletinIssue | null;

  @Column({ type: 'uuid', nullable: true })
  correctsIssueId: string | null;

  /** Imported from a ledger (台账): published, numbered 第N期 of its year, without 总第 number, text or document. */
  @Column({ type: 'boolean', default: false })
  imported: boolean;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'uuid', nullable: true })
  signedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /* The rendered .docx: where it is stored and what it was made from (a fingerprint of its layout). */
  @Column({ type: 'text', default: DocumentStatus.None })
  documentStatus: DocumentStatus;

  @Column({ type: 'text', nullable: true })
  documentKey: string | null;

  @Column({ type: 'int', nullable: true })
  documentSize: number | null;

  @Column({ type: 'text', nullable: true })
  documentSha256: string | null;

  @Column({ type: 'text', nullable: true })
  documentFingerprint: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  renderedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  documentError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
