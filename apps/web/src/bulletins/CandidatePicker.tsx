import { SearchOutlined } from '@ant-design/icons';
import { Input, Modal, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import type { Candidate, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useLoad } from '../api/use-load';
import { formatDateTime } from '../format';
import { AuthorNames } from '../items/AuthorNames';
import { referenceApi } from '../items/items-api';
import { bulletinsApi } from './bulletins-api';

interface CandidatePickerProps {
  issueId: string;
  /** The items already in this issue: shown ticked. */
  chosen: string[];
  onPick(itemIds: string[]): Promise<void>;
  onClose(): void;
}

function matches(candidate: Wire<Candidate>, q: string): boolean {
  const text = [candidate.title, candidate.unit.name, ...candidate.authors.map((author) => author.name)].join(' ');
  return text.toLowerCase().includes(q.toLowerCase());
}

/** 选用稿件: the committee's approved items, searchable by title, unit or author and filtered by category. */
export function CandidatePicker({ issueId, chosen, onPick, onClose }: CandidatePickerProps) {
  const showError = useApiErrorHandler();
  const candidates = useLoad(bulletinsApi.candidates, []);
  const categories = useLoad(referenceApi.categories, []);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string>();
  const [picked, setPicked] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const rows = useMemo(
    () => (candidates.data ?? []).filter((row) => (!q.trim() || matches(row, q.trim())) && (!category || row.categoryCode === category)),
    [candidates.data, q, category],
  );
  const elsewhere = (row: Wire<Candidate>) => row.issue !== null && row.issue.id !== issueId;

  const columns: TableColumnsType<Wire<Candidate>> = [
    { title: '标题', dataIndex: 'title', ellipsis: true },
    { title: '作者', dataIndex: 'authors', width: 150, render: (authors: Wire<Candidate>['authors']) => <AuthorNames authors={authors} /> },
    { title: '报送单位', key: 'unit', width: 150, ellipsis: true, render: (_, row) => row.unit.name },
    { title: '类别', dataIndex: 'categoryCode', width: 90, render: (code: string | null) => categories.data?.find((one) => one.code === code)?.name ?? '—' },
    { title: '更新时间', dataIndex: 'updatedAt', width: 140, render: formatDateTime },
    {
      title: '所在期',
      key: 'issue',
      width: 130,
      render: (_, row) => (elsewhere(row) ? <Tag color="orange">{row.issue!.numberLabel ?? '另一期草稿'}</Tag> : null),
    },
  ];

  const ok = async () => {
    setSaving(true);
    try {
      await onPick(picked);
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="选用已审核稿件"
      width={1000}
      okText={picked.length > 0 ? `加入本期（${picked.length} 篇）` : '加入本期'}
      okButtonProps={{ disabled: picked.length === 0, 'data-testid': 'candidate-picker-ok' }}
      confirmLoading={saving}
      onOk={ok}
      onCancel={onClose}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="标题、作者或报送单位"
          onChange={(event) => setQ(event.target.value)}
          style={{ width: 280 }}
          data-testid="candidate-search"
        />
        <Select
          allowClear
          placeholder="全部类别"
          value={category}
          onChange={setCategory}
          options={(categories.data ?? []).map((one) => ({ value: one.code, label: one.name }))}
          style={{ width: 160 }}
          data-testid="candidate-category"
        />
      </Space>
      <Table<Wire<Candidate>>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={candidates.loading}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '没有可选用的已审核稿件' }}
        rowSelection={{
          selectedRowKeys: [...chosen, ...picked],
          preserveSelectedRowKeys: true,
          getCheckboxProps: (row) => ({ disabled: chosen.includes(row.id) || elsewhere(row) }),
          onChange: (keys) => setPicked(keys.map(String).filter((key) => !chosen.includes(key))),
        }}
        onRow={(row) => ({ 'data-item-id': row.id }) as HTMLAttributes<HTMLElement>}
        data-testid="candidate-table"
      />
    </Modal>
  );
}
