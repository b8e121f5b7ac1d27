import './bulletin-sheet.css';
import type { IssueLayout } from '@sqmy/contract';
import { BulletinArticle } from './BulletinArticle';
import { BulletinFoot } from './BulletinFoot';
import { BulletinMasthead } from './BulletinMasthead';
import { BulletinNote } from './BulletinNote';

/** An issue in the official layout, as the .docx has it: masthead, 编者按, the items, the foot. */
export function BulletinSheet({ layout }: { layout: IssueLayout }) {
  return (
    <div className="bulletin-sheet" data-testid="bulletin-sheet">
      <BulletinMasthead masthead={layout.masthead} />
      {layout.correctionNotice && (
        <p className="bulletin-correction" data-testid="bulletin-correction">
          {layout.correctionNotice}
        </p>
      )}
      {layout.editorNote && <BulletinNote text={layout.editorNote} className="bulletin-editor-note" testId="bulletin-editor-note" />}
      {layout.items.map((article, index) => (
        <BulletinArticle key={index} article={article} />
      ))}
      <BulletinFoot foot={layout.foot} />
    </div>
  );
}
