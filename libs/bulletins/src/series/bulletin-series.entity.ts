import { DEFAULT_MARKING, DistributionLine } from '@sqmy/contract';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DEFAULT_COPIES } from './distribution';

/** A committee's bulletin (刊物), e.g. 《晋中社情民意》 issued by 政协晋中市委员会研究中心. */
@Entity('bulletin_series')
@Unique('bulletin_series_title_key', ['committeeId', 'title'])
export class BulletinSeries {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'text' })
  title: string;

  /** Printed on the left under the number line. */
  @Column({ type: 'text' })
  issuingUnit: string;

  @Column({ type: 'text', default: DEFAULT_MARKING })
  marking: string;

  /** What a new issue starts with. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  defaultDistribution: DistributionLine[];

  @Column({ type: 'int', default: DEFAULT_COPIES })
  defaultCopies: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
