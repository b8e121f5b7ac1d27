import { Card } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { AttachmentList } from './AttachmentList';
import { ItemFacts } from './ItemFacts';
import { ItemTimeline } from './ItemTimeline';
import { useReferenceData } from './use-reference-data';
import { VersionList } from './VersionList';

/** The item page's right column: facts, the timeline, attachments and versions. `base`: where item links lead. */
export function ItemSidebar({ item, base }: { item: Wire<ItemView>; base: string }) {
  const refs = useReferenceData(false);
  return (
    <>
      <Card size="small" title="稿件信息" className="side-card">
        <ItemFacts item={item} refs={refs} base={base} />
      </Card>
      <Card size="small" title="办理过程" className="side-card">
        <ItemTimeline events={item.events} rejectReason={item.rejectReason} />
      </Card>
      <Card size="small" title="附件" className="side-card">
        <AttachmentList itemId={item.id} attachments={item.attachments} />
      </Card>
      <Card size="small" title="版本记录" className="side-card">
        <VersionList itemId={item.id} versions={item.versions} />
      </Card>
    </>
  );
}
