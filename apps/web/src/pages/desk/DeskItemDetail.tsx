import { App, Card, Col, Row } from 'antd';
import { useState } from 'react';
import type { ItemView, Wire } from '@sqmy/contract';
import { Page } from '../../components/Page';
import { DeskActions } from '../../desk/DeskActions';
import { deskLink } from '../../desk/desk-links';
import { DeskTextEditor } from '../../desk/DeskTextEditor';
import { VersionCompare } from '../../items/diff/VersionCompare';
import { ItemSidebar } from '../../items/ItemSidebar';
import { ItemTextCard, ItemWarnings } from '../../items/ItemText';
import { RejectNotice } from '../../items/RejectNotice';
import { SimilarItems } from '../../items/SimilarItems';
import { OutcomesCard } from '../../outcomes/OutcomesCard';

/** The desk's page of an item: its text (or the text editor), the moves of its state, versions compared, near-duplicates. */
interface DeskItemDetailProps {
  item: Wire<ItemView>;
  onChanged(item: Wire<ItemView>): void;
  onReload(): void;
}

export function DeskItemDetail({ item, onChanged, onReload }: DeskItemDetailProps) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const saved = (view: Wire<ItemView>) => {
    setEditing(false);
    onChanged(view);
    message.success(`已保存为第 ${view.versionNo} 版`);
  };

  return (
    <Page title="稿件详情" extra={<DeskActions item={item} editing={editing} onChanged={onChanged} onReload={onReload} onEdit={() => setEditing(true)} />}>
      <RejectNotice item={item} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <ItemWarnings item={item} />
          {editing ? (
            <DeskTextEditor item={item} onSaved={saved} onRefreshed={onChanged} onCancel={() => setEditing(false)} />
          ) : (
            <ItemTextCard item={item} />
          )}
          {item.status !== 'draft' && <OutcomesCard item={item} />}
          {item.versions.length > 1 && (
            <Card title="版本对照" className="side-card" style={{ marginTop: 16 }} data-testid="desk-versions">
              <VersionCompare key={item.versions.length} itemId={item.id} versions={item.versions} />
            </Card>
          )}
          {item.similar.length > 0 && (
            <Card title="疑似重复稿件" className="side-card" style={{ marginTop: 16 }}>
              <SimilarItems item={item} linkTo={deskLink} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <ItemSidebar item={item} base="/desk/items" />
        </Col>
      </Row>
    </Page>
  );
}
