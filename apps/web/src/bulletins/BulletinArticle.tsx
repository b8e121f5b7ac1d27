import type { IssueLayout } from '@sqmy/contract';
import { BulletinNote } from './BulletinNote';

/** One item of an issue, as the .docx has it: the title centred, the author/unit line, its 编者按, the paragraphs. */
export function BulletinArticle({ article }: { article: IssueLayout['items'][number] }) {
  return (
    <article className="bulletin-article" data-testid="bulletin-article">
      <h2 className="bulletin-article-title" data-testid="bulletin-article-title">
        {article.title}
      </h2>
      <div className="bulletin-byline" data-testid="bulletin-byline">
        {article.byline}
      </div>
      {article.editorNote && <BulletinNote text={article.editorNote} testId="bulletin-article-note" />}
      {article.paragraphs.map((paragraph, index) => (
        <p key={index} className="bulletin-paragraph">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
