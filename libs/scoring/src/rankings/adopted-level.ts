import { AdoptionLevelKey } from '@sqmy/contract';

/** The score_tally column that counts the cohort's items adopted at the level. */
export const TALLY_ADOPTED_COLUMN: Record<AdoptionLevelKey, string> = {
  any: 'adopted_any',
  city: 'adopted_city',
  province: 'adopted_province',
  national: 'adopted_national',
  up: 'adopted_up',
};

/** Whether an item (its facts) counts as adopted at the level. */
export function adoptedAt(level: AdoptionLevelKey, facts: { adoptedCity: boolean; adoptedProvince: boolean; adoptedNational: boolean }): boolean {
  switch (level) {
    case 'city':
      return facts.adoptedCity;
    case 'province':
      return facts.adoptedProvince;
    case 'national':
      return facts.adoptedNational;
    case 'up':
      return facts.adoptedProvince || facts.adoptedNational;
    case 'any':
      return facts.adoptedCity || facts.adoptedProvince || facts.adoptedNational;
  }
}

/** 采用率 with 4 decimals; null when nothing was submitted. */
export const adoptionRate = (adopted: number, submitted: number): number | null => (submitted > 0 ? Math.round((adopted / submitted) * 10000) / 10000 : null);
