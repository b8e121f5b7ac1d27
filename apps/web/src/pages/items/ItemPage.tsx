import { Alert, Card, Col, Result, Row, Skeleton } from 'antd';
import { Navigate, useParams } from 'react-router-dom';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { canSee, menuEntry } from '../../layout/menu';
import { AttachmentList } from '../../items/AttachmentList';
import { AuthorActions } from '../../items/AuthorActions';
import { AuthorNames } from '../../items/AuthorNames';
import { ItemDocument } from '../../items/ItemDocument';
import { ItemFacts } from '../../items/ItemFacts';
import { itemsApi } from '../../items/items-api';
import { ItemTimeline } from '../../items/ItemTimeline';
import { ReturnNotice } from '../../items/ReturnNotice';
import { SimilarItems } from '../../items/SimilarItems';
import type { ItemView } from '../../items/types';
import { useReferenceData } from '../../items/use-reference-data';
import { VersionList } from '../../items/VersionList';

/** `author`: the informant's page (/my-items/:id); `desk`: the editors' (/desk/items/:id), read-only for now. */
export type ItemPageMode = 'author' | 'desk';

const BASE: Record<ItemPageMode, string> = { author: '/my-items', desk: '/desk/items' };
const MENU_KEY: Record<ItemPageMode, string> = { author: 'my-items', desk: 'desk' };

function ItemDetail({ item, mode, onChanged }: { item: ItemView; mode: ItemPageMode; onChanged(item: ItemView): void }) {
  const refs = useReferenceData(false);
  return (
    <Page title="稿件详情" extra={mode === 'author' && <AuthorActions item={item} onChanged={onChanged} />}>
      <ReturnNotice item={item} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          {item.warnings.length > 0 && (
            <Alert type="warning" showIcon className="warnings" title={`规范提示：${item.warnings.join('；')}`} data-testid="item-warnings" />
          )}
          <Card className="document-card">
            <ItemDocument
              title={item.title}
              body={item.body}
              byline={
                <>
                  <AuthorNames authors={item.authors} /> · {item.unit.name}
                </>
              }
            />
          </Card>
          {mode === 'desk' && (item.similar?.length ?? 0) > 0 && (
            <Card title="疑似重复稿件" className="side-card" style={{ marginTop: 16 }}>
              <SimilarItems item={item} linkTo={(id) => `${BASE.desk}/${id}`} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title="稿件信息" className="side-card">
            <ItemFacts item={item} refs={refs} />
          </Card>
          <Card size="small" title="办理过程" className="side-card">
            <ItemTimeline events={item.events} />
          </Card>
          <Card size="small" title="附件" className="side-card">
            <AttachmentList itemId={item.id} attachments={item.attachments ?? []} />
          </Card>
          <Card size="small" title="版本记录" className="side-card">
            <VersionList itemId={item.id} versions={item.versions} />
          </Card>
        </Col>
      </Row>
    </Page>
  );
}

function LoadedItemPage({ id, mode }: { id: string; mode: ItemPageMode }) {
  const { data, error, setData } = useLoad(() => itemsApi.get(id), [id], { quiet: () => true });
  if (error) return <Result status={error.status === 403 ? '403' : '404'} title="无法打开稿件" subTitle={error.message} />;
  if (!data || data.id !== id) return <Skeleton active paragraph={{ rows: 12 }} />;
  return <ItemDetail item={data} mode={mode} onChanged={setData} />;
}

/**
 * An item's page. A link of the other side (a notification, say) goes where the reader works:
 * an editor opening /my-items/:id lands on /desk/items/:id and the other way round.
 */
export function ItemPage({ mode }: { mode: ItemPageMode }) {
  const me = useMe();
  const { id = '' } = useParams();
  const other: ItemPageMode = mode === 'author' ? 'desk' : 'author';
  const allowed = (page: ItemPageMode) => canSee(menuEntry(MENU_KEY[page]), me.roles);
  if (!allowed(mode) && allowed(other)) return <Navigate to={`${BASE[other]}/${id}`} replace />;
  return <LoadedItemPage key={id} id={id} mode={mode} />;
}
