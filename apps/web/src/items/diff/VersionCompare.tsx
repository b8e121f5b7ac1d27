import { Empty, Select, Space } from 'antd';
import { useState } from 'react';
import type { ItemVersionRef, Wire } from '@sqmy/contract';
import { happenedLabel } from '../item-labels';
import { defaultPair } from './version-pairs';
import { VersionDiff } from './VersionDiff';

interface VersionCompareProps {
  itemId: string;
  versions: Wire<Wire<ItemVersionRef>>[];
}

/** Any two versions side against side, by character; opens on the authors' text against the latest. */
export function VersionCompare({ itemId, versions }: VersionCompareProps) {
  const initial = defaultPair(versions);
  const [pair, setPair] = useState(initial);
  if (!initial || !pair) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="只有一个版本，暂无可对照的修改" />;
  const options = versions.map((version) => ({
    value: version.no,
    label: `第 ${version.no} 版 · ${happenedLabel(version.reason)} · ${version.createdBy}`,
  }));
  return (
    <div data-testid="version-compare">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>从</span>
        <Select value={pair.from} options={options} style={{ width: 260 }} onChange={(from) => setPair({ ...pair, from })} data-testid="diff-from" />
        <span>到</span>
        <Select value={pair.to} options={options} style={{ width: 260 }} onChange={(to) => setPair({ ...pair, to })} data-testid="diff-to" />
      </Space>
      <VersionDiff itemId={itemId} from={pair.from} to={pair.to} />
    </div>
  );
}
