import { Tag } from 'antd';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_LABELS } from './outcome-labels';
import type { ImportStatus } from './types';

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  return (
    <Tag color={IMPORT_STATUS_COLORS[status]} data-testid="import-status" data-status={status}>
      {IMPORT_STATUS_LABELS[status]}
    </Tag>
  );
}
