import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the tallies last counted of an item: its place (committee, unit, authors), its submission
 * date (the cohort of 采用率) and the levels it was adopted at. Refreshing an item compares its
 * current facts and lines with these and applies the difference to the tallies.
 */
@Entity('item_score_fact')
export class ItemScoreFact {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', array: true })
  authorIds: string[];

  /** The calendar date (Asia/Shanghai) it was first submitted; null for a draft never submitted. */
  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  /** Adopted (采用 kinds, or 编发 for the city) at each level, at any time. */
  @Column({ type: 'boolean', default: false })
  adoptedCity: boolean;

  @Column({ type: 'boolean', default: false })
  adoptedProvince: boolean;

  @Column({ type: 'boolean', default: false })
  adoptedNational: boolean;

  /** What the item adds to its unit's annual figures, per year: `{"2024": {collected: 1, reportedUp: 1, …}}`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  figures: Record<string, Partial<Record<string, number>>>;
}
