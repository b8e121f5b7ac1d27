import { Tag } from 'antd';
import type { IssueStatus } from '@sqmy/contract';
import { ISSUE_STATUS_COLORS, ISSUE_STATUS_LABELS } from './bulletin-labels';

export function IssueStatusTag({ status }: { status: IssueStatus }) {
  return (
    <Tag color={ISSUE_STATUS_COLORS[status]} data-testid="issue-status" data-status={status}>
      {ISSUE_STATUS_LABELS[status]}
    </Tag>
  );
}
