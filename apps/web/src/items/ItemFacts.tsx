import { Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import type { ItemRef, ItemView, Wire } from '@sqmy/contract';
import { formatDate, formatDateTime } from '../format';
import { AuthorNames } from './AuthorNames';
import { ItemStatusTag } from './ItemStatusTag';
import type { ReferenceData } from './use-reference-data';

function ItemLinks({ items, base }: { items: ItemRef[]; base: string }) {
  return (
    <span className="item-links">
      {items.map((ref, index) => (
        <span key={ref.id}>
          {index > 0 && '、'}
          <Link to={`${base}/${ref.id}`} data-testid="item-ref-link">
            《{ref.title}》
          </Link>
        </span>
      ))}
    </span>
  );
}

/** The desk's facts, where the item has them: editor in charge, reject reason, merge links. */
function deskFacts(item: Wire<ItemView>, base: string) {
  return [
    { key: 'assignee', label: '责任编辑', children: item.assignee?.name ?? '未分配' },
    item.rejectReason && { key: 'rejectReason', label: '不予采用理由', children: item.rejectReason.label },
    item.mergedInto && { key: 'mergedInto', label: '已综合至', children: <ItemLinks items={[item.mergedInto]} base={base} /> },
    item.mergedFrom.length > 0 && { key: 'mergedFrom', label: '综合自', children: <ItemLinks items={item.mergedFrom} base={base} /> },
  ].filter((fact) => !!fact);
}

/** Who wrote the item, for whom, on what, and when; `base`: where links to other items lead. */
export function ItemFacts({ item, refs, base = '/my-items' }: { item: Wire<ItemView>; refs: ReferenceData; base?: string }) {
  const topic = refs.topic(item.topicId);
  const commission = refs.commission(item.commissionId);
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="item-facts"
      items={[
        { key: 'status', label: '状态', children: <ItemStatusTag status={item.status} /> },
        ...deskFacts(item, base),
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
