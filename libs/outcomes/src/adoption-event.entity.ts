import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AdoptionKind, AdoptionLevel, RecordSource } from '@sqmy/contract';

/**
 * One adoption of an item (采用): counted per item and per occurrence (件次), since one item can be
 * adopted several times. Bulletins write the city-level 编发 when an issue is published; editors record
 * the rest (批示 live in the register, `LeaderInstruction`); ledger imports write both.
 */
@Entity('adoption_event')
@Index('adoption_event_item_idx', ['itemId'])
@Index('adoption_event_level_date_idx', ['level', 'occurredOn'])
@Index('adoption_event_issue_once_idx', ['itemId', 'kind', 'bulletinIssueId'], { unique: true, where: 'bulletin_issue_id IS NOT NULL' })
export class AdoptionEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  level: AdoptionLevel;

  @Column({ type: 'text' })
  kind: AdoptionKind;

  /** Where: e.g. 《晋中社情民意》, 全国政协《政协信息》, 省政协《社情民意》 (the outlet's name when it is one). */
  @Column({ type: 'text' })
  outlet: string;

  @Column({ type: 'uuid', nullable: true })
  outletId: string | null;

  /** When it happened (the issue's date, the instruction's date…), `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  occurredOn: string;

  /** The document reference (文号 / 期号), e.g. 2024年第3期（总第45期）. */
  @Column({ type: 'text', nullable: true })
  documentRef: string | null;

  /** The local bulletin issue that made it, for 编发. */
  @Column({ type: 'uuid', nullable: true })
  bulletinIssueId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The evidence file (采用证明: the issue page, the notice…), in the attachment store. */
  @Column({ type: 'jsonb', nullable: true })
  evidence: AdoptionEvidence | null;

  @Column({ type: 'text', default: RecordSource.Native })
  source: RecordSource;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export interface AdoptionEvidence {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}
