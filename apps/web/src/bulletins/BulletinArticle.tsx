import type { IssueLayout } from './types';

/** One item of an issue: its note (按), the title centred, the author/unit line, the paragraphs. */
export function BulletinArticle({ article }: { article: IssueLayout['items'][number] }) {
  return (
    <article className="bulletin-article" data-testid="bulletin-article">
      {article.editorNote && (
        <p className="bulletin-note" data-testid="bulletin-article-note">
          <strong>按：</strong>
          {article.editorNote}
        </p>
      )}
      <h2 className="bulletin-article-title" data-testid="bulletin-article-title">
        {article.title}
      </h2>
      <div className="bulletin-byline" data-testid="bulletin-byline">
        {article.byline}
      </div>
      {article.paragraphs.map((paragraph, index) => (
        <p key={index} className="bulletin-paragraph">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
