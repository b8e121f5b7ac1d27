import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { QuotaView } from '@sqmy/contract';
import { QUOTA_GRAIN_LABELS, QUOTA_SUBJECT_LABELS } from './scoring-labels';
import { QuotaProgressBar } from './QuotaProgressBar';

interface QuotaTableProps {
  quotas: QuotaView[];
  loading?: boolean;
  /** Editors change and delete quotas. */
  onEdit?(quota: QuotaView): void;
  onDelete?(quota: QuotaView): void;
  testId: string;
}

const targetText = (quota: QuotaView) => (quota.grain === 'month' ? `每月 ${quota.target} 篇` : `全年 ${quota.target} 篇`);

/** 任务数 with their progress, least done first as the API orders them; behind in red. */
export function QuotaTable({ quotas, loading, onEdit, onDelete, testId }: QuotaTableProps) {
  const columns: TableColumnsType<QuotaView> = [
    { title: '对象', key: 'subject', render: (_, quota) => quota.subject.name },
    { title: '类型', key: 'type', width: 96, render: (_, quota) => <Tag>{QUOTA_SUBJECT_LABELS[quota.subjectType]}</Tag> },
    { title: '任务', key: 'target', width: 120, render: (_, quota) => `${quota.year}年 ${QUOTA_GRAIN_LABELS[quota.grain]}` },
    { title: '任务数', key: 'targetText', width: 110, render: (_, quota) => targetText(quota) },
    { title: '进度（已报送/应完成）', key: 'progress', width: 260, render: (_, quota) => <QuotaProgressBar progress={quota.progress} /> },
  ];
  if (onEdit && onDelete) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, quota) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(quota)} data-testid="quota-edit">
            修改
          </Button>
          <Popconfirm title={`删除${quota.subject.name}的任务数？`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => onDelete(quota)}>
            <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid="quota-delete">
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }
  return (
    <Table<QuotaView>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={quotas}
      pagination={quotas.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: '暂无任务数' }}
      data-testid={testId}
    />
  );
}
