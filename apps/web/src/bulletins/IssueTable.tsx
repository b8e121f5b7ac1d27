import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import type { IssueSummary, Wire } from '@sqmy/contract';
import { formatDate, formatDateTime } from '../format';
import { DOCUMENT_STATUS_LABELS } from './bulletin-labels';
import { IssueName } from './IssueName';
import { IssueStatusTag } from './IssueStatusTag';

const COLUMNS: TableColumnsType<Wire<IssueSummary>> = [
  {
    title: '期号',
    key: 'number',
    render: (_, issue) => (
      <Link to={`/bulletins/issues/${issue.id}`} data-testid="issue-link">
        <IssueName issue={issue} />
      </Link>
    ),
  },
  { title: '状态', dataIndex: 'status', width: 96, render: (status: Wire<IssueSummary>['status']) => <IssueStatusTag status={status} /> },
  { title: '稿件', dataIndex: 'itemCount', width: 80, render: (count: number) => `${count} 篇` },
  { title: '签发日期', dataIndex: 'date', width: 120, render: formatDate },
  { title: '签发人', key: 'signedBy', width: 100, render: (_, issue) => issue.signedBy?.name ?? '—' },
  { title: 'Word 文档', key: 'document', width: 100, render: (_, issue) => (issue.status === 'draft' ? '—' : DOCUMENT_STATUS_LABELS[issue.document.status]) },
  { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: formatDateTime },
];

/** The issues of a series: drafts first, then the year's issues by number. */
export function IssueTable({ issues, loading }: { issues: Wire<IssueSummary>[]; loading: boolean }) {
  return (
    <Table<Wire<IssueSummary>>
      rowKey="id"
      columns={COLUMNS}
      dataSource={issues}
      loading={loading}
      pagination={false}
      locale={{ emptyText: '本年度暂无期刊' }}
      onRow={(issue) => ({ 'data-issue-id': issue.id, 'data-status': issue.status }) as HTMLAttributes<HTMLElement>}
      data-testid="issue-table"
    />
  );
}
