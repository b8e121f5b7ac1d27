import { Descriptions } from 'antd';
import { formatDate, formatDateTime } from '../format';
import { AuthorNames } from './AuthorNames';
import { ItemStatusTag } from './ItemStatusTag';
import type { ItemView } from './types';
import type { ReferenceData } from './use-reference-data';

/** Who wrote the item, for whom, on what, and when. */
export function ItemFacts({ item, refs }: { item: ItemView; refs: ReferenceData }) {
  const topic = refs.topic(item.topicId);
  const commission = refs.commission(item.commissionId);
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="item-facts"
      items={[
        { key: 'status', label: '状态', children: <ItemStatusTag status={item.status} /> },
        { key: 'authors', label: '作者', children: <AuthorNames authors={item.authors} /> },
        { key: 'unit', label: '报送单位', children: item.unit.name },
        { key: 'category', label: '类别', children: refs.categoryName(item.categoryCode) ?? '—' },
        { key: 'topic', label: '选题', children: topic?.title ?? (item.topicId ? '（选题）' : '—') },
        {
          key: 'commission',
          label: '约稿',
          children: commission ? `${commission.title}（${formatDate(commission.dueOn)} 前）` : item.commissionId ? '（约稿）' : '—',
        },
        { key: 'version', label: '版本', children: item.versionNo ? `第 ${item.versionNo} 版` : '未报送' },
        { key: 'submittedAt', label: '报送时间', children: formatDateTime(item.submittedAt) },
        { key: 'updatedAt', label: '最后修改', children: formatDateTime(item.updatedAt) },
      ]}
    />
  );
}
