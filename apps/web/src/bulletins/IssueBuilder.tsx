import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row } from 'antd';
import { useState } from 'react';
import type { IssueItemView, IssueView, Wire } from '@sqmy/contract';
import { CandidatePicker } from './CandidatePicker';
import { IssueItemList } from './IssueItemList';
import { IssueNotesForm } from './IssueNotesForm';
import { ItemNoteModal } from './ItemNoteModal';
import { useIssueItems } from './use-issue-items';

/** The editor's draft: the chosen items in order (drag to reorder, 按语, 移出), 编者按 and the foot. */
export function IssueBuilder({ issue, onChanged }: { issue: Wire<IssueView>; onChanged(issue: Wire<IssueView>): void }) {
  const { message } = App.useApp();
  const items = useIssueItems(issue, onChanged);
  const [picking, setPicking] = useState(false);
  const [noteFor, setNoteFor] = useState<IssueItemView>();

  const pick = async (itemIds: string[]) => {
    await items.add(itemIds);
    setPicking(false);
    message.success(`已加入 ${itemIds.length} 篇稿件`);
  };

  const saveNote = async (editorNote: string | null) => {
    await items.setNote(noteFor!, editorNote);
    setNoteFor(undefined);
  };

  const choose = (
    <Button type="primary" ghost icon={<PlusOutlined />} onClick={() => setPicking(true)} data-testid="issue-pick">
      选用稿件
    </Button>
  );

  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card title={`本期稿件（${issue.items.length} 篇）`} extra={choose} data-testid="issue-items-card">
          <IssueItemList items={issue.items} onReorder={items.reorder} onNote={setNoteFor} onRemove={items.remove} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title="编者按与报尾">
          <IssueNotesForm issue={issue} onSaved={onChanged} />
        </Card>
      </Col>
      {picking && <CandidatePicker issueId={issue.id} chosen={issue.items.map((item) => item.itemId)} onPick={pick} onClose={() => setPicking(false)} />}
      {noteFor && <ItemNoteModal item={noteFor} onSave={saveNote} onClose={() => setNoteFor(undefined)} />}
    </Row>
  );
}
