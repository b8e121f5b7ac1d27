import { AdoptionKind, AdoptionLevel } from '../adoption';
import { InstructionStatus, LeaderLevel } from '../leader-level';
import { PersonRef } from './refs';

/** Where a record came from: recorded here, or imported from an office's ledger (台账). Persisted. */
export enum RecordSource {
  Native = 'native',
  Ledger = 'ledger',
}

/** The local issue a record came with, named as the bulletins name it: 2024年第3期（总第45期）. */
export interface OutcomeIssueRef {
  id: string;
  numberLabel: string;
}

/** An outlet (报送渠道) items are reported to. */
export interface OutletView {
  id: string;
  name: string;
  level: AdoptionLevel;
  position: number;
  active: boolean;
}

/** A report (报送) of an item to an outlet. */
export interface ReportView {
  id: string;
  item: { id: string; title: string };
  outlet: { id: string; name: string; level: AdoptionLevel };
  level: AdoptionLevel;
  reportedOn: string;
  channel: string | null;
  reference: string | null;
  issue: OutcomeIssueRef | null;
  source: RecordSource;
  createdBy: PersonRef | null;
  createdAt: Date;
}

/** Reports made in bulk: the new ones, and how many there were already. */
export interface BulkReportResult {
  created: ReportView[];
  existing: number;
}

export interface EvidenceView {
  fileName: string;
  size: number;
  contentType: string;
}

/** An adoption event (采用, 编发, 批示…) of an item at a level. */
export interface AdoptionView {
  id: string;
  item: { id: string; title: string };
  level: AdoptionLevel;
  kind: AdoptionKind;
  kindLabel: string;
  outlet: { id: string; name: string } | null;
  outletName: string;
  occurredOn: string;
  documentRef: string | null;
  note: string | null;
  evidence: EvidenceView | null;
  issue: OutcomeIssueRef | null;
  source: RecordSource;
  createdBy: PersonRef | null;
  createdAt: Date;
}

/** An entry of the 批示 register. */
export interface InstructionView {
  id: string;
  item: { id: string; title: string; unit: { id: string; name: string } };
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
  source: RecordSource;
  version: number;
  createdBy: PersonRef | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface InstructionPage {
  items: InstructionView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Why points are taken off an item. Persisted. */
export enum PenaltyReason {
  /** 抄袭或已公开: found after adoption. */
  Plagiarism = 'plagiarism',
}

/** A penalty on an item (扣分), dated when it was found. */
export interface PenaltyView {
  id: string;
  itemId: string;
  reason: PenaltyReason;
  foundOn: string;
  note: string | null;
  createdAt: Date;
}

/** Everything that came of one item, each list oldest first: what its authors see on their item's page. */
export interface ItemOutcomes {
  reports: ReportView[];
  adoptions: AdoptionView[];
  instructions: InstructionView[];
  /** Penalties (扣分) recorded by libs/scoring, oldest first. */
  penalties: PenaltyView[];
}
