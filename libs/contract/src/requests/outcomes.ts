import { AdoptionKind, AdoptionLevel } from '../adoption';
import { InstructionStatus, LeaderLevel } from '../leader-level';

export interface OutletFields {
  name: string;
  level: AdoptionLevel;
  position?: number;
}

/** POST /items/{id}/reports, and with `issueId` or `itemIds` POST /reports/bulk. */
export interface NewReport {
  outletId: string;
  reportedOn: string;
  channel?: string | null;
  reference?: string | null;
}

/** POST /items/{id}/adoptions, and with `itemIds` POST /adoptions/bulk. One of `outletId` / `outletName`. */
export interface NewAdoption {
  level: AdoptionLevel;
  kind: AdoptionKind;
  outletId?: string;
  outletName?: string | null;
  occurredOn: string;
  documentRef?: string | null;
  note?: string | null;
}

export interface NewInstruction {
  leaderName: string;
  leaderLevel: LeaderLevel;
  instructedOn: string;
  text?: string | null;
}

/** What PATCH /instructions/{id} changes: a correction or the next step; a field set to null is cleared. */
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

export interface UpdateInstructionRequest extends InstructionChanges {
  /** The `version` read (a stale one → 409). */
  version: number;
}

/** The register's filters, for the list and the export. */
export interface InstructionFilters {
  orgId?: string;
  year?: number;
  leaderLevel?: LeaderLevel;
  status?: InstructionStatus;
  q?: string;
}
