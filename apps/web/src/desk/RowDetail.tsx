import { Skeleton, Typography } from 'antd';
import { useLoad } from '../api/use-load';
import { itemsApi } from '../items/items-api';
import { ItemDocument } from '../items/ItemDocument';
import { SimilarItems } from '../items/SimilarItems';
import { deskLink } from './desk-links';

/** A desk row opened: the item's text, or its near-duplicates side by side; fetched when first opened. */
export function RowDetail({ id }: { id: string }) {
  const { data, error } = useLoad(() => itemsApi.get(id), [id]);
  if (error) return <Typography.Text type="secondary">无法打开稿件：{error.message}</Typography.Text>;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (data.similar.length > 0) return <SimilarItems item={data} linkTo={deskLink} />;
  return (
    <div className="row-preview" data-testid="row-preview">
      <div className="row-preview-note">未发现疑似重复稿件。</div>
      <ItemDocument title={data.title} body={data.body} />
    </div>
  );
}
