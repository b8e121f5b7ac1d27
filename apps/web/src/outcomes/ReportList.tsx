import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { ADOPTION_LEVEL_LABELS } from '@sqmy/contract';
import type { ReportView, Wire } from '@sqmy/contract';
import { formatDate } from '../format';
import { DeleteButton } from './DeleteButton';
import { SourceTag } from './SourceTag';

interface ReportListProps {
  reports: Wire<ReportView>[];
  /** Offers 删除 (editors). */
  onDelete?: (report: Wire<ReportView>) => Promise<void>;
}

/** 报送记录: where the item was sent, when, how. */
export function ReportList({ reports, onDelete }: ReportListProps) {
  return (
    <Table<Wire<ReportView>>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={reports}
      locale={{ emptyText: '尚未报送' }}
      data-testid="outcome-reports"
      onRow={(report) => ({ 'data-testid': 'report-row', 'data-level': report.level }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '报送日期', dataIndex: 'reportedOn', width: 110, render: formatDate },
        {
          title: '报送渠道',
          key: 'outlet',
          render: (_, report) => (
            <>
              {ADOPTION_LEVEL_LABELS[report.level]} · {report.outlet.name} <SourceTag source={report.source} />
            </>
          ),
        },
        { title: '方式', dataIndex: 'channel', width: 120, render: (channel: string | null) => channel || '—' },
        {
          title: '文号',
          key: 'reference',
          width: 170,
          render: (_, report) => report.reference || (report.issue ? `随${report.issue.numberLabel ?? '本期'}整期报送` : '—'),
        },
        ...(onDelete
          ? [{ title: '', key: 'actions', width: 48, render: (_: unknown, report: Wire<ReportView>) => <DeleteButton title="删除这条报送记录？" testId="report-delete" onConfirm={() => onDelete(report)} /> }]
          : []),
      ]}
    />
  );
}
