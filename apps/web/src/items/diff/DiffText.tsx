import type { DiffPart } from '@sqmy/contract';

/**
 * A character-level diff as one running text: insertions green and underlined, deletions red
 * and struck through (the marks are <ins>/<del>, so a screen reader says what changed too).
 */
export function DiffText({ parts, testId }: { parts: DiffPart[]; testId: string }) {
  return (
    <div className="diff-text" data-testid={testId}>
      {parts.map((part, index) => {
        if (part.op === 'insert') {
          return (
            <ins key={index} className="diff-insert" data-testid="diff-insert">
              {part.text}
            </ins>
          );
        }
        if (part.op === 'delete') {
          return (
            <del key={index} className="diff-delete" data-testid="diff-delete">
              {part.text}
            </del>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </div>
  );
}
