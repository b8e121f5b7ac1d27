import { PersonRef } from './refs';

export enum LedgerImportStatus {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

/** One problem of a ledger file: the row as Excel numbers it (the header is row 1), the column's header. */
export interface LedgerRowError {
  row: number | null;
  column: string | null;
  reason: string;
}

/** A ledger import as the API answers it (GET /imports/{id}). */
export interface LedgerImportView {
  id: string;
  committee: { id: string; name: string };
  fileName: string;
  size: number;
  status: LedgerImportStatus;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  errors: LedgerRowError[];
  createdBy: PersonRef;
  createdAt: Date;
  finishedAt: Date | null;
}
