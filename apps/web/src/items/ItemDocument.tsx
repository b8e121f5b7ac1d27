import type { ReactNode } from 'react';

interface ItemDocumentProps {
  title: string;
  body: string;
  /** A line under the title, e.g. authors and unit. */
  byline?: ReactNode;
}

/** The text of an item laid out as the office reads it: centred title, then the body. */
export function ItemDocument({ title, body, byline }: ItemDocumentProps) {
  return (
    <article className="item-document" data-testid="item-document">
      <h2 className="item-document-title">{title || '（未填写标题）'}</h2>
      {byline && <div className="item-document-byline">{byline}</div>}
      <div className="item-document-body" data-testid="item-body-text">
        {body || <span className="muted">（正文为空）</span>}
      </div>
    </article>
  );
}
