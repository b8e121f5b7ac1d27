import { Tag } from 'antd';
import type { LedgerImportStatus } from '@sqmy/contract';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_LABELS } from './outcome-labels';

export function ImportStatusTag({ status }: { status: LedgerImportStatus }) {
  return (
    <Tag color={IMPORT_STATUS_COLORS[status]} data-testid="import-status" data-status={status}>
      {IMPORT_STATUS_LABELS[status]}
    </Tag>
  );
}
