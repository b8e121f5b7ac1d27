/** 编者按: the note over the whole issue or over one of its items, headed in bold. */
export function BulletinNote({ text, className, testId }: { text: string; className?: string; testId: string }) {
  return (
    <p className={className ? `bulletin-note ${className}` : 'bulletin-note'} data-testid={testId}>
      <strong className="bulletin-note-head">编者按：</strong>
      {text}
    </p>
  );
}
