import { isSafeSnippet } from './snippet-html';

/** A search snippet: rendered as HTML only when it is plain text with <mark> highlights, else shown as text. */
export function Snippet({ html }: { html: string }) {
  if (isSafeSnippet(html)) {
    return <div className="snippet" data-testid="snippet" dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <div className="snippet" data-testid="snippet">
      {html}
    </div>
  );
}
