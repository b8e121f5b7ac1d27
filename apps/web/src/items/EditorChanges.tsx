import { Card } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { VersionCompare } from './diff/VersionCompare';
import { lastAuthorVersion } from './diff/version-pairs';

/**
 * For the authors: what the research center changed in their text (原汁原味 — every character
 * added or taken out is marked). Shown once there is a version after the authors' own.
 */
export function EditorChanges({ item }: { item: Wire<ItemView> }) {
  const author = lastAuthorVersion(item.versions);
  const latest = item.versions[item.versions.length - 1];
  if (!author || !latest || latest.no === author.no) return null;
  return (
    <Card title="编辑修改对照" className="side-card" style={{ marginTop: 16 }} data-testid="editor-changes">
      <div className="muted small" style={{ marginBottom: 12 }}>
        绿色下划线为编辑增加的文字，红色删除线为删去的文字。
      </div>
      <VersionCompare key={item.versions.length} itemId={item.id} versions={item.versions} />
    </Card>
  );
}
