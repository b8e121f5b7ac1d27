import { AdoptionKind } from '@sqmy/contract';
import type { InstructionStatus, LedgerImportStatus } from '@sqmy/contract';

/** The web's own words and colours for the outcomes part; the server's labels (levels, kinds, 批示) come from @sqmy/contract. */

/** The kinds an editor records by hand: 编发 comes from publishing an issue, 领导批示 from the 批示 register. */
export const RECORDABLE_KINDS: readonly AdoptionKind[] = [
  AdoptionKind.SingleAdoption,
  AdoptionKind.CompositeAdoption,
  AdoptionKind.Forwarded,
  AdoptionKind.SpecialReport,
  AdoptionKind.Proposal,
  AdoptionKind.DepartmentFeedback,
  AdoptionKind.Media,
];

export const INSTRUCTION_STATUS_COLORS: Record<InstructionStatus, string> = {
  registered: 'default',
  referred: 'processing',
  replied: 'warning',
  closed: 'success',
};

export const IMPORT_STATUS_LABELS: Record<LedgerImportStatus, string> = {
  queued: '排队中',
  running: '导入中',
  succeeded: '导入成功',
  failed: '导入失败',
};

export const IMPORT_STATUS_COLORS: Record<LedgerImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};
