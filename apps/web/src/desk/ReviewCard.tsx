import { Button, Card, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { DeskItem, ItemView, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { formatDateTime } from '../format';
import { AuthorNames } from '../items/AuthorNames';
import { lastAuthorVersion } from '../items/diff/version-pairs';
import { VersionDiff } from '../items/diff/VersionDiff';
import { ItemDocument } from '../items/ItemDocument';
import { itemsApi } from '../items/items-api';
import { conflictGuard } from './conflict-guard';
import { deskLink } from './desk-links';
import { MoveModal } from './MoveModal';

/** What the chief editor reads: the editor's text against the authors' submitted one (or the first version). */
function ReviewText({ item }: { item: Wire<ItemView> }) {
  const from = lastAuthorVersion(item.versions)?.no ?? item.versions[0]?.no;
  const to = item.versions[item.versions.length - 1]?.no;
  if (from === undefined || to === undefined || from === to) {
    return (
      <>
        <div className="muted small">编辑未改动作者报送的文字。</div>
        <ItemDocument title={item.title} body={item.body} />
      </>
    );
  }
  return <VersionDiff itemId={item.id} from={from} to={to} />;
}

/** One item waiting for review: who wrote and edited it, the editor's note, the changes, 审核通过 or 退回编辑. */
interface ReviewCardProps {
  summary: Wire<DeskItem>;
  onDone(item: Wire<ItemView>, text: string): void;
  /** Someone moved the item first (409): the queue loads afresh. */
  onOutdated(): void;
}

export function ReviewCard({ summary, onDone, onOutdated }: ReviewCardProps) {
  const { data: item } = useLoad(() => itemsApi.get(summary.id), [summary.id, summary.version]);
  const [open, setOpen] = useState<'approve' | 'sendBack'>();
  const proposal = item && [...item.events].reverse().find((event) => event.action === 'propose');
  return (
    <Card
      className="review-card"
      title={
        <Link to={deskLink(summary.id)} data-testid="review-title">
          {summary.title}
        </Link>
      }
      extra={
        <Space>
          <Button onClick={() => setOpen('sendBack')} disabled={!item} data-testid="review-send-back">
            退回编辑
          </Button>
          <Button type="primary" onClick={() => setOpen('approve')} disabled={!item} data-testid="review-approve">
            审核通过
          </Button>
        </Space>
      }
      data-testid="review-card"
      data-item-id={summary.id}
    >
      <div className="muted small" style={{ marginBottom: 8 }}>
        {summary.unit.name} · <AuthorNames authors={summary.authors} /> · 责任编辑 {summary.assignee?.name ?? '—'}
        {proposal && ` · ${formatDateTime(proposal.at)} 提交审核`}
      </div>
      {proposal?.comment && (
        <Typography.Paragraph className="timeline-comment" data-testid="review-note">
          <strong>编辑说明：</strong>
          {proposal.comment}
        </Typography.Paragraph>
      )}
      {item ? <ReviewText item={item} /> : <Skeleton active paragraph={{ rows: 6 }} />}
      {open && item && <MoveModal move={open} item={item} guard={conflictGuard(onOutdated)} onMoved={onDone} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
