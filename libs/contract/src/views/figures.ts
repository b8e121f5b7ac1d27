import { OrganisationRef } from './accounts';

/** The annual figures (年度统计) of an organisation's subtree. */
export interface Figures {
  collected: number;
  locallyPublished: number;
  issues: number;
  reportedProvince: number;
  reportedNational: number;
  reportedUp: number;
  adoptedProvince: number;
  adoptedNational: number;
  adoptedUp: number;
  adoptionOccurrences: number;
  endorsements: { total: number; city: number; province: number; national: number; department: number };
}

/** An organisation's year in figures (GET /stats/summary). */
export interface Summary extends Figures {
  org: OrganisationRef;
  year: number;
}

/** The figures of one unit or committee under the organisation, over its own subtree. */
export interface UnitFigures {
  unitId: string;
  unitName: string;
  submitted: number;
  locallyPublished: number;
  reportedUp: number;
  adoptedUp: number;
}
