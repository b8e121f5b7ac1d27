import { Tag } from 'antd';
import type { RankingRow } from '@sqmy/contract';

/** A rank's change against the previous period: ↑2, ↓1, 新 (not ranked then) or — (unchanged). */
export function RankChange({ row }: { row: Pick<RankingRow, 'previousRank' | 'change'> }) {
  if (row.previousRank === null) return <Tag color="blue">新</Tag>;
  const change = row.change ?? 0;
  if (change > 0) return <span className="rank-up">↑{change}</span>;
  if (change < 0) return <span className="rank-down">↓{-change}</span>;
  return <span className="muted">—</span>;
}
