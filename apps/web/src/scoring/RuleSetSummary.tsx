import { Descriptions } from 'antd';
import { LEADER_LEVEL_LABELS, LeaderLevel } from '@sqmy/contract';
import type { RuleSetView, Wire } from '@sqmy/contract';
import { PointsGrid } from './PointsGrid';
import { SPLIT_LABELS } from './scoring-labels';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A rule set as one reads it: the points table and the rest in a few lines. */
export function RuleSetSummary({ rules }: { rules: Wire<RuleSetView> }) {
  const instructions = Object.values(LeaderLevel).map((level) => `${LEADER_LEVEL_LABELS[level]} ${rules.instructionPoints[level]} 分`)
    .join('，');
  return (
    <>
      <PointsGrid points={rules.points} />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'instructions', label: '领导批示', children: instructions },
          { key: 'bonus', label: '加分', children: `委员撰稿 ${rules.memberBonus} 分，约稿 ${rules.commissionBonus} 分` },
          { key: 'penalty', label: '扣分', children: `抄袭 ${rules.plagiarismPenalty} 分` },
          {
            key: 'split',
            label: '合写稿件',
            children: rules.split === 'lead_share' ? `${SPLIT_LABELS.lead_share}（第一作者 ${percent(rules.leadShare)}）` : SPLIT_LABELS.equal,
          },
          { key: 'unit', label: '报送单位计分', children: percent(rules.unitCredit) },
          { key: 'merged', label: '综合稿原稿作者', children: percent(rules.mergedAuthorShare) },
        ]}
      />
    </>
  );
}
