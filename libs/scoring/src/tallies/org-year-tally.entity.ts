import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const count = { type: 'int' as const, default: 0 };

/**
 * The annual figures (年度统计) of the items of one reporting unit (the item's unit_id) in one year,
 * as the contract defines them; an org's figures are the sum over the units of its subtree (plus
 * the issues its committees published, read from bulletin_issue). Maintained with the score tallies.
 */
@Entity('org_year_tally')
@Index('org_year_tally_path_idx', { synchronize: false }) // (year, org_path text_pattern_ops): a subtree's units of a year by LIKE 'prefix%'
export class OrgYearTally {
  @PrimaryColumn({ type: 'uuid' })
  orgId: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  /** The organisation's path, to sum a subtree. */
  @Column({ type: 'text' })
  orgPath: string;

  @Column(count)
  collected: number;

  @Column(count)
  locallyPublished: number;

  @Column(count)
  reportedProvince: number;

  @Column(count)
  reportedNational: number;

  @Column(count)
  reportedUp: number;

  @Column(count)
  adoptedProvince: number;

  @Column(count)
  adoptedNational: number;

  @Column(count)
  adoptedUp: number;

  @Column(count)
  adoptionOccurrences: number;

  @Column(count)
  endorsementsCity: number;

  @Column(count)
  endorsementsProvince: number;

  @Column(count)
  endorsementsNational: number;

  @Column(count)
  endorsementsDepartment: number;
}
