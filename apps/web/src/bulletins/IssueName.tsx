import { Tag } from 'antd';
import type { IssueSummary, Wire } from '@sqmy/contract';

/** 2024年第3期（总第45期）, or 草稿 while unnumbered; marked 增刊 and 更正 where it is one. */
export function IssueName({ issue }: { issue: Pick<Wire<IssueSummary>, 'kind' | 'numberLabel' | 'corrects'> }) {
  return (
    <span data-testid="issue-name">
      <span data-testid="issue-number">{issue.numberLabel ?? '未编号（签发时编号）'}</span>
      {issue.kind === 'supplement' && (
        <Tag color="purple" style={{ marginInlineStart: 8 }}>
          增刊
        </Tag>
      )}
      {issue.corrects && (
        <Tag color="orange" style={{ marginInlineStart: 8 }} title={`更正 ${issue.corrects.numberLabel ?? ''}`}>
          更正
        </Tag>
      )}
    </span>
  );
}
