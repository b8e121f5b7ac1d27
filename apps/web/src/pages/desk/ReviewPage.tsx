import { App, Card, Empty, Pagination, Spin } from 'antd';
import { ItemStatus } from '@sqmy/contract';
import { Page } from '../../components/Page';
import { ReviewCard } from '../../desk/ReviewCard';
import { useDeskItems } from '../../desk/use-desk-items';

const IN_REVIEW = { status: ItemStatus.InReview } as const;

/** 稿件审核: the chief editor's queue, each item with what the editor changed in the authors' text. */
export function ReviewPage() {
  const { message } = App.useApp();
  const list = useDeskItems(IN_REVIEW);
  const { items, total } = list.data;
  return (
    <Page title="稿件审核">
      <Spin spinning={list.loading && items.length === 0}>
        <div data-testid="review-queue">
          {!list.loading && items.length === 0 && (
            <Card>
              <Empty description="没有待审核的稿件" />
            </Card>
          )}
          {items.map((item) => (
            <ReviewCard
              key={item.id}
              summary={item}
              onDone={(_, text) => {
                message.success(text);
                list.reload();
              }}
              onOutdated={list.reload}
            />
          ))}
        </div>
      </Spin>
      {total > list.pageSize && (
        <Pagination style={{ marginTop: 16, textAlign: 'right' }} current={list.page} pageSize={list.pageSize} total={total} onChange={list.changePage} />
      )}
    </Page>
  );
}
