import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ItemSummary, Wire } from '@sqmy/contract';
import { formatDateTime } from '../format';
import { AuthorNames } from './AuthorNames';
import { ItemStatusTag } from './ItemStatusTag';

type Column<T extends Wire<ItemSummary> = Wire<ItemSummary>> = TableColumnsType<T>[number];

/** The columns the item lists share (of any list whose rows are items); `linkTo` is where a title leads. */
export const itemColumns = {
  /** `marks`: tags after the title, e.g. 疑似重复. */
  title: <T extends Wire<ItemSummary>>(linkTo: (item: T) => string, marks?: (item: T) => ReactNode): Column<T> => ({
    title: '标题',
    dataIndex: 'title',
    render: (title: string, item: T) => (
      <span className="title-cell">
        <Link to={linkTo(item)} className="title-link" title={title} data-testid="item-title-link">
          {title || <span className="muted">（未填写标题）</span>}
        </Link>
        {marks?.(item)}
      </span>
    ),
  }),
  status: <T extends Wire<ItemSummary>>(): Column<T> => ({
    title: '状态',
    dataIndex: 'status',
    width: 96,
    render: (status: Wire<ItemSummary>['status']) => <ItemStatusTag status={status} />,
  }),
  authors: <T extends Wire<ItemSummary>>(): Column<T> => ({
    title: '作者',
    dataIndex: 'authors',
    width: 170,
    render: (authors: Wire<ItemSummary>['authors']) => <AuthorNames authors={authors} />,
  }),
  unit: <T extends Wire<ItemSummary>>(): Column<T> => ({ title: '报送单位', key: 'unit', width: 170, ellipsis: true, render: (_, item) => item.unit.name }),
  submittedAt: <T extends Wire<ItemSummary>>(): Column<T> => ({ title: '报送时间', dataIndex: 'submittedAt', width: 140, render: formatDateTime }),
  updatedAt: <T extends Wire<ItemSummary>>(): Column<T> => ({ title: '更新时间', dataIndex: 'updatedAt', width: 140, render: formatDateTime }),
};
