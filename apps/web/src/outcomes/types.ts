/** Shapes of the outcomes part of the HTTP API v1 (docs/api-contract.md, "Outcomes (报送与采用) — issue 6"). */
import type { OrganisationRef } from '../api/types';
import type { IssueRef } from '../bulletins/types';
import type { ItemRef, PersonRef } from '../items/types';

export const OUTCOME_LEVELS = ['city', 'province', 'national'] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

export const ADOPTION_KINDS = [
  'compiled',
  'single_adoption',
  'composite_adoption',
  'forwarded',
  'special_report',
  'leader_instruction',
  'proposal',
  'department_feedback',
  'media',
] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export const LEADER_LEVELS = ['city', 'province', 'national', 'department'] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];

export const INSTRUCTION_STATUSES = ['registered', 'referred', 'replied', 'closed'] as const;
export type InstructionStatus = (typeof INSTRUCTION_STATUSES)[number];

/** `native`: recorded here; `ledger`: from a 台账 import. */
export type OutcomeSource = 'native' | 'ledger';

export interface Outlet {
  id: string;
  name: string;
  level: OutcomeLevel;
  position: number;
  active: boolean;
}

export interface OutletFields {
  name: string;
  level: OutcomeLevel;
  position?: number;
}

export interface Report {
  id: string;
  item: ItemRef;
  outlet: { id: string; name: string; level: OutcomeLevel };
  level: OutcomeLevel;
  reportedOn: string;
  channel: string | null;
  reference: string | null;
  issue: IssueRef | null;
  source: OutcomeSource;
  createdBy: PersonRef | null;
  createdAt: string;
}

export interface Evidence {
  fileName: string;
  size: number;
  contentType: string;
}

export interface Adoption {
  id: string;
  item: ItemRef;
  level: OutcomeLevel;
  kind: AdoptionKind;
  kindLabel: string;
  outlet: { id: string; name: string } | null;
  outletName: string | null;
  occurredOn: string;
  documentRef: string | null;
  note: string | null;
  evidence: Evidence | null;
  issue: IssueRef | null;
  source: OutcomeSource;
  createdBy: PersonRef | null;
  createdAt: string;
}

export interface Instruction {
  id: string;
  item: ItemRef & { unit: { id: string; name: string } };
  leaderName: string;
  leaderLevel: LeaderLevel;
  leaderLevelLabel: string;
  instructedOn: string;
  text: string | null;
  referredTo: string | null;
  referredOn: string | null;
  reply: string | null;
  repliedOn: string | null;
  closedOn: string | null;
  status: InstructionStatus;
  source: OutcomeSource;
  version: number;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
}

export interface ItemOutcomes {
  reports: Report[];
  adoptions: Adoption[];
  instructions: Instruction[];
}

/** POST /items/{id}/reports, and with `issueId` or `itemIds` POST /reports/bulk. */
export interface NewReport {
  outletId: string;
  reportedOn: string;
  channel?: string;
  reference?: string;
}

export interface BulkReportResult {
  created: Report[];
  existing: number;
}

/** POST /items/{id}/adoptions, and with `itemIds` POST /adoptions/bulk. */
export interface NewAdoption {
  level: OutcomeLevel;
  kind: AdoptionKind;
  outletId?: string;
  outletName?: string;
  occurredOn: string;
  documentRef?: string;
  note?: string;
}

export interface NewInstruction {
  leaderName: string;
  leaderLevel: LeaderLevel;
  instructedOn: string;
  text?: string;
}

/** PATCH /instructions/{id}: a field set to null is cleared. */
export interface InstructionChanges {
  leaderName?: string;
  leaderLevel?: LeaderLevel;
  instructedOn?: string;
  text?: string | null;
  referredTo?: string | null;
  referredOn?: string | null;
  reply?: string | null;
  repliedOn?: string | null;
  closedOn?: string | null;
}

export interface InstructionFilters {
  orgId?: string;
  year?: number;
  leaderLevel?: LeaderLevel;
  status?: InstructionStatus;
  q?: string;
}

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportError {
  /** The spreadsheet's row, 2.. as Excel shows it. */
  row: number;
  /** The header name, or null for the whole row or file. */
  column: string | null;
  reason: string;
}

export interface LedgerImport {
  id: string;
  committee: { id: string; name: string };
  fileName: string;
  size: number;
  status: ImportStatus;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  errors: ImportError[];
  createdBy: PersonRef;
  createdAt: string;
  finishedAt: string | null;
}

export interface EndorsementCounts {
  total: number;
  city: number;
  province: number;
  national: number;
  department: number;
}

export interface StatsSummary {
  org: OrganisationRef;
  year: number;
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
  endorsements: EndorsementCounts;
}

export interface UnitStats {
  unitId: string;
  unitName: string;
  submitted: number;
  locallyPublished: number;
  reportedUp: number;
  adoptedUp: number;
}
