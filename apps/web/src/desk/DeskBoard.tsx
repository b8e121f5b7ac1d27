import { Card, Col, Row, Statistic, Tag } from 'antd';
import { DESK_STATUSES, DeskStatus, DeskSummary, ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';

/** The board names the states as the desk sees them: a submitted item waits for screening. */
const BOARD_LABELS: Record<DeskStatus, string> = { ...ITEM_STATUS_LABELS, submitted: '待阅选' };

interface DeskBoardProps {
  summary: DeskSummary | undefined;
  status: ItemStatus | undefined;
  assigneeId: string | undefined;
  /** A state's card clicked: list that state (again: all). */
  onStatus(status: ItemStatus | undefined): void;
  /** An editor clicked: list what they hold (again: everyone's). */
  onAssignee(id: string | undefined): void;
}

/** The desk at a glance: how many items wait in each state, and how many each editor holds. */
export function DeskBoard({ summary, status, assigneeId, onStatus, onAssignee }: DeskBoardProps) {
  return (
    <div className="desk-board" data-testid="desk-board">
      <Row gutter={[12, 12]}>
        {DESK_STATUSES.map((state) => (
          <Col key={state} xs={12} md={8} xl={4}>
            <Card
              size="small"
              hoverable
              className={state === status ? 'board-card active' : 'board-card'}
              role="button"
              tabIndex={0}
              aria-pressed={state === status}
              onClick={() => onStatus(state === status ? undefined : state)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onStatus(state === status ? undefined : state);
                }
              }}
              data-testid={`board-${state}`}
              data-count={summary?.counts[state] ?? ''}
            >
              <Statistic title={BOARD_LABELS[state]} value={summary?.counts[state] ?? '—'} suffix={summary ? '篇' : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <div className="editor-loads" data-testid="editor-loads">
        <span className="muted">编辑在办：</span>
        {summary?.editors.map((editor) => (
          <Tag.CheckableTag
            key={editor.id}
            checked={editor.id === assigneeId}
            onChange={(checked) => onAssignee(checked ? editor.id : undefined)}
            data-testid="editor-load"
            data-editor-id={editor.id}
            data-load={editor.load}
          >
            {editor.name} {editor.load} 篇
          </Tag.CheckableTag>
        ))}
      </div>
    </div>
  );
}
