import type { IssueLayout } from '@sqmy/contract';

/** 报尾: the distribution lines (报/送/发) between thin rules, and 共印N份. */
export function BulletinFoot({ foot }: { foot: IssueLayout['foot'] }) {
  return (
    <footer className="bulletin-foot" data-testid="bulletin-foot">
      {foot.distribution.map((line, index) => (
        <div key={index} className="bulletin-foot-line" data-testid="bulletin-distribution">
          <span className="bulletin-foot-label">{line.label}：</span>
          <span>{line.text}</span>
        </div>
      ))}
      <div className="bulletin-foot-line bulletin-copies" data-testid="bulletin-copies">
        {foot.copiesText}
      </div>
    </footer>
  );
}
