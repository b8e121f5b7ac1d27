import { Skeleton, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useLoad } from '../api/use-load';
import { itemColumns } from '../items/item-columns';
import { itemsApi } from '../items/items-api';
import { ItemDocument } from '../items/ItemDocument';
import { ItemTable } from '../items/ItemTable';
import { DuplicateTag, SimilarItems } from '../items/SimilarItems';
import type { ItemSummary, ItemView } from '../items/types';
import { useItemPage } from '../items/use-item-page';

const deskLink = (id: string) => `/desk/items/${id}`;

/** The expanded row: the item's view, fetched when first opened; its near-duplicates side by side. */
function RowDetail({ id, onLoaded }: { id: string; onLoaded(view: ItemView): void }) {
  const { data, error } = useLoad(async () => {
    const view = await itemsApi.get(id);
    onLoaded(view);
    return view;
  }, [id]);
  if (error) return <Typography.Text type="secondary">无法打开稿件：{error.message}</Typography.Text>;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (data.similar?.length) return <SimilarItems item={data} linkTo={deskLink} />;
  return (
    <div className="row-preview" data-testid="row-preview">
      <div className="row-preview-note">{data.similar ? '未发现疑似重复稿件。' : ''}</div>
      <ItemDocument title={data.title} body={data.body} />
    </div>
  );
}

/** Items waiting for screening, newest first; a row opens to show the text or its near-duplicates. */
export function IncomingTable() {
  const items = useItemPage({ status: 'submitted' });
  const [views, setViews] = useState<Record<string, ItemView>>({});
  const remember = (view: ItemView) => setViews((current) => ({ ...current, [view.id]: view }));

  const columns: TableColumnsType<ItemSummary> = [
    itemColumns.title(
      (item) => deskLink(item.id),
      (item) => (views[item.id]?.similar?.length ?? 0) > 0 && <DuplicateTag />,
    ),
    itemColumns.unit(),
    itemColumns.authors(),
    itemColumns.submittedAt(),
  ];

  return (
    <ItemTable
      state={items}
      columns={columns}
      testId="incoming-table"
      emptyText="没有待阅选的稿件"
      expandable={{
        expandedRowRender: (item) => <RowDetail id={item.id} onLoaded={remember} />,
        expandRowByClick: false,
        columnTitle: '',
      }}
    />
  );
}
