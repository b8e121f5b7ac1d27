import { Skeleton, Typography } from 'antd';
import { useLoad } from '../../api/use-load';
import { formatDateTime } from '../../format';
import { itemsApi } from '../items-api';
import { DiffStats } from './DiffStats';
import { DiffText } from './DiffText';

interface VersionDiffProps {
  itemId: string;
  from: number;
  to: number;
}

/** The changes from one version to another: who made the later one, then title and body marked up. */
export function VersionDiff({ itemId, from, to }: VersionDiffProps) {
  const { data, error } = useLoad(() => itemsApi.diff(itemId, from, to), [itemId, from, to], { quiet: () => true });
  if (error) return <Typography.Text type="secondary">无法比较版本：{error.message}</Typography.Text>;
  if (!data || data.from.no !== from || data.to.no !== to) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <div className="version-diff" data-testid="version-diff" data-from={from} data-to={to}>
      <div className="version-diff-head">
        <span className="muted small">
          第 {data.from.no} 版（{data.from.createdBy}，{formatDateTime(data.from.createdAt)}）→ 第 {data.to.no} 版（{data.to.createdBy}，
          {formatDateTime(data.to.createdAt)}）
        </span>
        <DiffStats diff={data} />
      </div>
      <DiffText parts={data.title} testId="diff-title" />
      <DiffText parts={data.body} testId="diff-body" />
    </div>
  );
}
