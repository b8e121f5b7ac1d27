import { Table } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ItemSummary, Wire } from '@sqmy/contract';
import type { PagedListState } from '../api/use-paged-list';
import { paginationOf } from '../components/paging';

interface ItemTableProps<T extends Wire<ItemSummary>> extends Pick<TableProps<T>, 'expandable' | 'rowSelection'> {
  state: PagedListState<T>;
  columns: TableColumnsType<T>;
  testId: string;
  emptyText?: string;
  /** The width the columns need before the table scrolls sideways. */
  scrollX?: number;
}

/** A paged table of items, shared by the informant's list and the editors' desk. */
export function ItemTable<T extends Wire<ItemSummary>>({ state, columns, testId, emptyText, expandable, rowSelection, scrollX = 960 }: ItemTableProps<T>) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={state.data.items}
      loading={state.loading}
      expandable={expandable}
      rowSelection={rowSelection}
      scroll={{ x: scrollX }}
      locale={emptyText ? { emptyText } : undefined}
      data-testid={testId}
      onRow={(item) => ({ 'data-item-id': item.id, 'data-status': item.status }) as HTMLAttributes<HTMLElement>}
      pagination={paginationOf(state, '篇')}
    />
  );
}
