import { Space, Tag } from 'antd';
import type { VersionDiff, Wire } from '@sqmy/contract';

/** How much changed: characters inserted and deleted. */
export function DiffStats({ diff }: { diff: Wire<VersionDiff> }) {
  const { inserted, deleted } = diff.stats;
  return (
    <Space size={4} data-testid="diff-stats">
      {inserted === 0 && deleted === 0 ? (
        <Tag>两版文字相同</Tag>
      ) : (
        <>
          <Tag color="green">新增 {inserted} 字</Tag>
          <Tag color="red">删除 {deleted} 字</Tag>
        </>
      )}
    </Space>
  );
}
