import type { TablePaginationConfig } from 'antd';
import type { PagedListState } from '../api/use-paged-list';

/** A table's pager for a paged list: `unit` counts the rows (共 12 篇 / 人 / 条). */
export function paginationOf(state: PagedListState<unknown>, unit: string): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.pageSize,
    total: state.data.total,
    showSizeChanger: true,
    showTotal: (total) => `共 ${total} ${unit}`,
    onChange: state.changePage,
  };
}
