import { Button, Card, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ITEM_STATUS_LABELS } from '@sqmy/contract';
import type { ItemView, Wire } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { Page } from '../../components/Page';
import { ItemEditor } from '../../items/editor/ItemEditor';
import { isEditable } from '../../items/item-rules';
import { itemsApi } from '../../items/items-api';

function NotEditable({ item }: { item: Wire<ItemView> }) {
  return (
    <Page title="修改稿件">
      <Card>
        <Result
          status="info"
          title={`稿件当前状态为“${ITEM_STATUS_LABELS[item.status]}”，不能修改`}
          subTitle={item.status === 'submitted' ? '阅选开始前可以先撤回，撤回后即可修改。' : '只有草稿和退回修改的稿件可以修改。'}
          extra={
            <Link to={`/my-items/${item.id}`}>
              <Button type="primary">查看稿件</Button>
            </Link>
          }
        />
      </Card>
    </Page>
  );
}

function EditExisting({ id }: { id: string }) {
  const { data, error } = useLoad(() => itemsApi.get(id), [id], { quiet: () => true });
  if (error) return <Result status="404" title="无法打开稿件" subTitle={error.message} />;
  if (!data) return <Skeleton active paragraph={{ rows: 12 }} />;
  return isEditable(data) ? <ItemEditor initial={data} /> : <NotEditable item={data} />;
}

/**
 * /my-items/new and /my-items/:id/edit. The id the page opened with is kept: when autosave
 * creates the draft the address changes to …/edit, and the editor carries on as it is.
 */
export function ItemEditorPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const [openedId] = useState(params.id);
  if (openedId) return <EditExisting id={openedId} />;
  return <ItemEditor prefill={{ topicId: search.get('topicId'), commissionId: search.get('commissionId') }} />;
}
