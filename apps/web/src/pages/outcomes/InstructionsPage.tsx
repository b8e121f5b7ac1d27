import { App, Button, Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Permission } from '@sqmy/contract';
import type { InstructionFilters, InstructionView, Wire } from '@sqmy/contract';
import { usePagedList } from '../../api/use-paged-list';
import { useMe } from '../../auth/AuthProvider';
import { useCan } from '../../auth/use-can';
import { DownloadButton } from '../../components/DownloadButton';
import { paginationOf } from '../../components/paging';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import { canSee, menuEntry } from '../../layout/menu';
import { InstructionEditModal } from '../../outcomes/InstructionEditModal';
import { InstructionFilterBar } from '../../outcomes/InstructionFilterBar';
import { InstructionProgress } from '../../outcomes/InstructionProgress';
import { InstructionStatusTag } from '../../outcomes/InstructionStatusTag';
import { instructionsApi } from '../../outcomes/outcomes-api';
import { SourceTag } from '../../outcomes/SourceTag';
import { CURRENT_YEAR } from '../../years';

/**
 * 批示登记: the committee's register of leaders' instructions, filtered and exported; editors
 * record the referral (转办), the department's reply (回函) and the closure (办结).
 */
export function InstructionsPage() {
  const { message } = App.useApp();
  const me = useMe();
  const editor = useCan()(Permission.OutcomesRecord);
  const readsDesk = canSee(menuEntry('desk'), me.permissions);
  const [filters, setFilters] = useState<InstructionFilters>({ year: CURRENT_YEAR });
  const query = { ...filters, orgId: me.committee?.id };
  const list = usePagedList((page, pageSize) => instructionsApi.list(query, page, pageSize), JSON.stringify(query));
  const [editing, setEditing] = useState<Wire<InstructionView>>();

  const title = (instruction: Wire<InstructionView>) =>
    readsDesk ? <Link to={`/desk/items/${instruction.item.id}`}>{instruction.item.title}</Link> : instruction.item.title;

  const exportButton = (
    <DownloadButton load={() => instructionsApi.export(query)} fileName={`批示登记表（${filters.year ? `${filters.year}年` : '全部'}）.xlsx`} data-testid="instructions-export">
      导出 Excel
    </DownloadButton>
  );

  return (
    <Page title="批示登记" extra={exportButton}>
      <Card>
        <InstructionFilterBar filters={filters} onChange={setFilters} />
        <Table<Wire<InstructionView>>
          rowKey="id"
          size="middle"
          dataSource={list.data.items}
          loading={list.loading}
          scroll={{ x: 1100 }}
          locale={{ emptyText: '没有符合条件的批示' }}
          data-testid="instructions-table"
          onRow={(instruction) => ({ 'data-instruction-id': instruction.id, 'data-status': instruction.status }) as HTMLAttributes<HTMLElement>}
          pagination={paginationOf(list, '条')}
          columns={[
            { title: '批示日期', dataIndex: 'instructedOn', width: 110, render: formatDate },
            {
              title: '领导',
              key: 'leader',
              width: 160,
              render: (_, instruction) => (
                <>
                  {instruction.leaderName}
                  <div className="outcome-note">{instruction.leaderLevelLabel}</div>
                </>
              ),
            },
            {
              title: '稿件',
              key: 'item',
              render: (_, instruction) => (
                <>
                  {title(instruction)} <SourceTag source={instruction.source} />
                  <div className="outcome-note">{instruction.item.unit.name}</div>
                </>
              ),
            },
            {
              title: '批示内容',
              dataIndex: 'text',
              width: 240,
              render: (text: string | null) => (text ? <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0 }}>{text}</Typography.Paragraph> : '—'),
            },
            { title: '办理情况', key: 'progress', width: 240, render: (_, instruction) => <InstructionProgress instruction={instruction} /> },
            { title: '状态', dataIndex: 'status', width: 90, render: (_, instruction) => <InstructionStatusTag status={instruction.status} /> },
            ...(editor
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 80,
                    fixed: 'right' as const,
                    render: (_: unknown, instruction: Wire<InstructionView>) => (
                      <Button type="link" size="small" onClick={() => setEditing(instruction)} data-testid="instruction-edit">
                        办理
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <InstructionEditModal
          instruction={editing}
          onSaved={() => {
            setEditing(undefined);
            message.success('批示办理情况已保存');
            list.reload();
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Page>
  );
}
