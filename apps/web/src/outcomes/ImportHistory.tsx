import { Button, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import type { LedgerImportView, Wire } from '@sqmy/contract';
import { formatDateTime, formatFileSize } from '../format';
import { ImportStatusTag } from './ImportStatusTag';

interface ImportHistoryProps {
  imports: Wire<LedgerImportView>[] | undefined;
  loading: boolean;
  onOpen(ledgerImport: Wire<LedgerImportView>): void;
}

/** The committee's past imports, newest first; 查看 shows one with its errors. */
export function ImportHistory({ imports, loading, onOpen }: ImportHistoryProps) {
  return (
    <Table<Wire<LedgerImportView>>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={imports}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '还没有导入过台账' }}
      data-testid="import-history"
      onRow={(ledgerImport) => ({ 'data-import-id': ledgerImport.id, 'data-status': ledgerImport.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '上传时间', dataIndex: 'createdAt', width: 150, render: formatDateTime },
        { title: '文件', dataIndex: 'fileName', render: (name: string, row) => `${name}（${formatFileSize(row.size)}）` },
        { title: '状态', dataIndex: 'status', width: 100, render: (_, row) => <ImportStatusTag status={row.status} /> },
        { title: '行数', dataIndex: 'total', width: 70 },
        { title: '新增', dataIndex: 'created', width: 70 },
        { title: '未变更', dataIndex: 'unchanged', width: 70 },
        { title: '错误', key: 'errors', width: 70, render: (_, row) => row.errors.length || '—' },
        { title: '导入人', key: 'by', width: 100, render: (_, row) => row.createdBy.name },
        {
          title: '',
          key: 'open',
          width: 70,
          render: (_, row) => (
            <Button type="link" size="small" onClick={() => onOpen(row)} data-testid="import-open">
              查看
            </Button>
          ),
        },
      ]}
    />
  );
}
