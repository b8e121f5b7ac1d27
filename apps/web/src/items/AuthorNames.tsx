import { Tag } from 'antd';
import type { AuthorView } from '@sqmy/contract';

/** The lead author first, then the co-authors marked 联名. */
export function AuthorNames({ authors }: { authors: AuthorView[] }) {
  const ordered = [...authors].sort((a, b) => Number(b.lead) - Number(a.lead));
  return (
    <span className="author-names" data-testid="item-authors">
      {ordered.map((author) => (
        <span key={author.id} className="author-name">
          {author.name}
          {!author.lead && (
            <Tag variant="filled" className="co-author-tag">
              联名
            </Tag>
          )}
        </span>
      ))}
    </span>
  );
}
