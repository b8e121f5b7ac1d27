import type { TableColumnsType } from 'antd';
import type { RankingRow } from '@sqmy/contract';
import { RankChange } from './RankChange';
import { formatPoints, formatRate } from './scoring-labels';

/** The columns of a ranking: 名次, 变化, 名称, 单位, 得分, 报送, 采用, 采用率 (compact drops 变化 and 单位). */
export function rankingColumns(compact = false): TableColumnsType<RankingRow> {
  return [
    { title: '名次', dataIndex: 'rank', key: 'rank', width: 64, align: 'center' },
    ...(compact ? [] : [{ title: '变化', key: 'change', width: 72, align: 'center' as const, render: (_: unknown, row: RankingRow) => <RankChange row={row} /> }]),
    { title: '名称', key: 'name', render: (_, row) => row.subject.name },
    ...(compact ? [] : [{ title: '单位', key: 'org', render: (_: unknown, row: RankingRow) => row.subject.orgName ?? '—' }]),
    { title: '得分', dataIndex: 'score', key: 'score', align: 'right', render: (score: number) => formatPoints(score) },
    { title: '报送', dataIndex: 'submitted', key: 'submitted', align: 'right' },
    { title: '采用', dataIndex: 'adopted', key: 'adopted', align: 'right' },
    { title: '采用率', dataIndex: 'rate', key: 'rate', align: 'right', render: (rate: number | null) => formatRate(rate) },
  ];
}
