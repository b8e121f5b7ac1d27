import { Table } from 'antd';
import type { LedgerRowError } from '@sqmy/contract';

/** Every bad cell of a failed import: the row as Excel numbers it, the column's header, why. */
export function ImportErrorTable({ errors }: { errors: LedgerRowError[] }) {
  return (
    <Table<LedgerRowError>
      size="small"
      rowKey={(error, index) => `${error.row}-${error.column}-${index}`}
      dataSource={errors}
      pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid="import-errors"
      columns={[
        { title: '行', dataIndex: 'row', width: 70 },
        { title: '列', dataIndex: 'column', width: 150, render: (column: string | null) => column ?? '整行' },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
}
