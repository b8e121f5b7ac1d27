import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Key } from 'react';
import { ItemAction } from '@sqmy/contract';
import type { DeskItem, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';
import { itemColumns } from '../items/item-columns';
import { ItemTable } from '../items/ItemTable';
import { DuplicateTag } from '../items/SimilarItems';
import { deskLink } from './desk-links';
import { RowActions } from './RowActions';
import type { RowActionsProps } from './RowActions';
import { RowDetail } from './RowDetail';
import type { DeskItemsState } from './use-desk-items';

interface DeskItemTableProps extends Omit<RowActionsProps, 'item'> {
  state: DeskItemsState;
  /** Rows ticked for a merge (综合); undefined: no ticking (the chief editor's read-only list). */
  selected?: Key[];
  onSelect?(ids: Key[]): void;
}

function waited(since: string | null): string {
  if (!since) return '—';
  const days = dayjs().diff(since, 'day');
  return days >= 1 ? `${days} 天` : '不足 1 天';
}

/** The desk's list, oldest waiting first: who holds each item, near-duplicates flagged, 领取 and 分派 in the row. */
export function DeskItemTable({ state, selected, onSelect, ...actions }: DeskItemTableProps) {
  const columns: TableColumnsType<Wire<DeskItem>> = [
    itemColumns.title<Wire<DeskItem>>(
      (item) => deskLink(item.id),
      (item) => item.similarCount > 0 && <DuplicateTag count={item.similarCount} />,
    ),
    itemColumns.status<Wire<DeskItem>>(),
    itemColumns.unit<Wire<DeskItem>>(),
    itemColumns.authors<Wire<DeskItem>>(),
    {
      title: '责任编辑',
      key: 'assignee',
      width: 100,
      render: (_, item) => (item.assignee ? item.assignee.name : <span className="muted">未分配</span>),
    },
    {
      title: '已等待',
      dataIndex: 'waitingSince',
      width: 90,
      render: (since: string | null) => <span title={formatDateTime(since)}>{waited(since)}</span>,
    },
    { title: '操作', key: 'actions', width: 150, render: (_, item) => <RowActions item={item} {...actions} /> },
  ];

  return (
    <ItemTable<Wire<DeskItem>>
      state={state}
      columns={columns}
      testId="desk-items"
      emptyText="没有符合条件的稿件"
      scrollX={1100}
      rowSelection={
        onSelect && {
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: onSelect,
          getCheckboxProps: (item) => ({ disabled: !item.allowedMoves.includes(ItemAction.Merge) }),
        }
      }
      expandable={{ expandedRowRender: (item) => <RowDetail id={item.id} />, columnTitle: '' }}
    />
  );
}
