import type { IssueLayout } from '@sqmy/contract';

/** 报头: the marking, the series title large and red, 第N期（总第M期）, issuing unit left and date right over the red rule. */
export function BulletinMasthead({ masthead }: { masthead: IssueLayout['masthead'] }) {
  return (
    <header className="bulletin-masthead" data-testid="bulletin-masthead">
      <div className="bulletin-marking" data-testid="bulletin-marking">
        {masthead.marking}
      </div>
      <h1 className="bulletin-title" data-testid="bulletin-title">
        {masthead.title}
      </h1>
      <div className="bulletin-number" data-testid="bulletin-number">
        {masthead.numberLine || <span className="bulletin-placeholder">{'第\u3000期（总第\u3000期）'}</span>}
      </div>
      <div className="bulletin-imprint" data-testid="bulletin-rule">
        <span data-testid="bulletin-issuing-unit">{masthead.issuingUnit}</span>
        <span data-testid="bulletin-date">{masthead.dateText || <span className="bulletin-placeholder">签发日期</span>}</span>
      </div>
    </header>
  );
}
