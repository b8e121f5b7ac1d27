import { Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ItemSummary } from './types';
import type { ItemPageState } from './use-item-page';

interface ItemTableProps extends Pick<TableProps<ItemSummary>, 'expandable'> {
  state: ItemPageState;
  columns: TableColumnsType<ItemSummary>;
  testId: string;
  emptyText?: string;
}

/** A paged table of items, shared by the informant's list and the editors' desk. */
export function ItemTable({ state, columns, testId, emptyText, expandable }: ItemTableProps) {
  return (
    <Table<ItemSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={state.data.items}
      loading={state.loading}
      expandable={expandable}
      scroll={{ x: 960 }}
      locale={emptyText ? { emptyText } : undefined}
      data-testid={testId}
      onRow={(item) => ({ 'data-item-id': item.id }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: state.data.total,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 篇`,
        onChange: state.changePage,
      }}
    />
  );
}
