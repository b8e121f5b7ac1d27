import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { HTMLAttributes } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { CommissionView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useMe } from '../auth/AuthProvider';
import { formatDate } from '../format';
import { COMMISSION_STATUS_COLORS, COMMISSION_STATUS_LABELS } from '../items/item-labels';
import { referenceApi } from '../items/items-api';
import type { ReferenceData } from '../items/use-reference-data';
import type { Assignees } from './use-assignees';

interface CommissionTableProps {
  commissions: Wire<CommissionView>[];
  refs: ReferenceData;
  /** `write`: those asked answer (应约写稿); `manage`: editors see status and may cancel. */
  mode: 'write' | 'manage';
  assignees: Assignees;
  onChanged(): void;
}

function DueDate({ commission }: { commission: Wire<CommissionView> }) {
  const overdue = commission.status === 'open' && dayjs(commission.dueOn).isBefore(dayjs(), 'day');
  return <span className={overdue ? 'overdue' : undefined}>{formatDate(commission.dueOn)}{overdue && '（已逾期）'}</span>;
}

function writeLink(commission: Wire<CommissionView>): string {
  const params = new URLSearchParams({ commissionId: commission.id });
  if (commission.topicId) params.set('topicId', commission.topicId);
  return `/my-items/new?${params}`;
}

export function CommissionTable({ commissions, refs, mode, assignees, onChanged }: CommissionTableProps) {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();

  const cancel = async (commission: Wire<CommissionView>) => {
    try {
      await referenceApi.cancelCommission(commission.id);
      message.success('约稿已撤销');
      onChanged();
    } catch (error) {
      showError(error);
    }
  };

  const asked = (commission: Wire<CommissionView>) =>
    mode === 'manage'
      ? assignees.nameOf(commission.assigneeUserId, commission.assigneeUnitId)
      : commission.assigneeUserId === me.id
        ? '本人'
        : '本单位';

  const columns: TableColumnsType<Wire<CommissionView>> = [
    {
      title: '约稿题目',
      dataIndex: 'title',
      render: (title: string, commission) => (
        <div>
          <div className="commission-title">{title}</div>
          {commission.note && <Typography.Text type="secondary">{commission.note}</Typography.Text>}
        </div>
      ),
    },
    { title: '选题', dataIndex: 'topicId', width: 200, ellipsis: true, render: (id: string | null) => refs.topic(id)?.title ?? '—' },
    { title: '约请对象', key: 'asked', width: 200, render: (_, commission) => asked(commission) },
    { title: '截止日期', dataIndex: 'dueOn', width: 150, render: (_, commission) => <DueDate commission={commission} /> },
    ...(mode === 'manage'
      ? [
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (status: Wire<CommissionView>['status']) => <Tag color={COMMISSION_STATUS_COLORS[status]}>{COMMISSION_STATUS_LABELS[status]}</Tag>,
          },
        ]
      : []),
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, commission) => {
        if (mode === 'write') {
          return (
            <Button type="primary" size="small" icon={<EditOutlined />} onClick={() => navigate(writeLink(commission))} data-testid="answer-commission">
              应约写稿
            </Button>
          );
        }
        if (commission.answeredByItemId) return <Link to={`/desk/items/${commission.answeredByItemId}`}>查看来稿</Link>;
        if (commission.status !== 'open') return null;
        return (
          <Popconfirm title="撤销这项约稿？" okText="撤销" cancelText="取消" onConfirm={() => cancel(commission)}>
            <Button type="link" size="small" danger>
              撤销
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <Table<Wire<CommissionView>>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={commissions}
      pagination={commissions.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: mode === 'write' ? '暂无向您约稿' : '暂无约稿' }}
      data-testid="commission-table"
      onRow={(commission) => ({ 'data-status': commission.status }) as HTMLAttributes<HTMLElement>}
    />
  );
}
