import { Col, Result, Row, Skeleton } from 'antd';
import { Navigate, useParams } from 'react-router-dom';
import type { ItemView, Wire } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { canSee, menuEntry } from '../../layout/menu';
import { AuthorActions } from '../../items/AuthorActions';
import { EditorChanges } from '../../items/EditorChanges';
import { itemsApi } from '../../items/items-api';
import { ItemSidebar } from '../../items/ItemSidebar';
import { ItemTextCard, ItemWarnings } from '../../items/ItemText';
import { RejectNotice } from '../../items/RejectNotice';
import { ReturnNotice } from '../../items/ReturnNotice';
import { OutcomesCard } from '../../outcomes/OutcomesCard';
import { DeskItemDetail } from '../desk/DeskItemDetail';

/** `author`: the informant's page (/my-items/:id); `desk`: the editors' (/desk/items/:id). */
export type ItemPageMode = 'author' | 'desk';

const BASE: Record<ItemPageMode, string> = { author: '/my-items', desk: '/desk/items' };
const MENU_KEY: Record<ItemPageMode, string> = { author: 'my-items', desk: 'desk' };

/** The authors' page: their text, what they may do with it, what the editors changed, and what became of it. */
function AuthorItemDetail({ item, onChanged }: { item: Wire<ItemView>; onChanged(item: Wire<ItemView>): void }) {
  return (
    <Page title="稿件详情" extra={<AuthorActions item={item} onChanged={onChanged} />}>
      <ReturnNotice item={item} />
      <RejectNotice item={item} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <ItemWarnings item={item} />
          <ItemTextCard item={item} />
          <EditorChanges item={item} />
          {item.status !== 'draft' && <OutcomesCard item={item} />}
        </Col>
        <Col xs={24} xl={8}>
          <ItemSidebar item={item} base={BASE.author} />
        </Col>
      </Row>
    </Page>
  );
}

function LoadedItemPage({ id, mode }: { id: string; mode: ItemPageMode }) {
  const { data, error, setData, reload } = useLoad(() => itemsApi.get(id), [id], { quiet: () => true });
  if (error) return <Result status={error.status === 403 ? '403' : '404'} title="无法打开稿件" subTitle={error.message} />;
  if (!data || data.id !== id) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (mode === 'desk') return <DeskItemDetail item={data} onChanged={setData} onReload={() => void reload()} />;
  return <AuthorItemDetail item={data} onChanged={setData} />;
}

/**
 * An item's page. A link of the other side (a notification, say) goes where the reader works:
 * an editor opening /my-items/:id lands on /desk/items/:id and the other way round.
 */
export function ItemPage({ mode }: { mode: ItemPageMode }) {
  const me = useMe();
  const { id = '' } = useParams();
  const other: ItemPageMode = mode === 'author' ? 'desk' : 'author';
  const allowed = (page: ItemPageMode) => canSee(menuEntry(MENU_KEY[page]), me.permissions);
  if (!allowed(mode) && allowed(other)) return <Navigate to={`${BASE[other]}/${id}`} replace />;
  return <LoadedItemPage key={id} id={id} mode={mode} />;
}
