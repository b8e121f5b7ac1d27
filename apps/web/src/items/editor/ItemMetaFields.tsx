import { Form, Select } from 'antd';
import type { AuthorView } from '@sqmy/contract';
import { formatDate } from '../../format';
import type { ReferenceData } from '../use-reference-data';
import { CoAuthorsField } from './CoAuthorsField';

interface ItemMetaFieldsProps {
  refs: ReferenceData;
  /** The current values, to label a topic or commission that has closed meanwhile. */
  topicId: string | null;
  commissionId: string | null;
  canPickCoAuthors: boolean;
  authors: AuthorView[];
  leadId: string;
}

type Option = { value: string; label: string };

/** The options, and the current value even when it is no longer open (labelled once the lists are in). */
function withCurrent(options: Option[], current: string | null, closedLabel: string, loading: boolean): Option[] {
  if (!current || options.some((option) => option.value === current)) return options;
  return [{ value: current, label: loading ? '加载中…' : closedLabel }, ...options];
}

/** Category, topic, commission and co-authors of the item editor. */
export function ItemMetaFields({ refs, topicId, commissionId, canPickCoAuthors, authors, leadId }: ItemMetaFieldsProps) {
  const topicOptions = refs.topics.map((topic) => ({ value: topic.id, label: topic.title }));
  const commissionOptions = refs.commissions.map((commission) => ({
    value: commission.id,
    label: `${commission.title}（${formatDate(commission.dueOn)} 前）`,
  }));
  return (
    <>
      <Form.Item name="categoryCode" label="类别">
        <Select
          allowClear
          placeholder="选择类别"
          options={refs.categories.map((category) => ({ value: category.code, label: category.name }))}
          data-testid="item-category"
        />
      </Form.Item>
      <Form.Item name="topicId" label="选题" extra="响应研究中心发布的选题时选择">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="不针对具体选题"
          options={withCurrent(topicOptions, topicId, '（已截止的选题）', refs.loading)}
          data-testid="item-topic"
        />
      </Form.Item>
      <Form.Item name="commissionId" label="约稿" extra="应研究中心约稿撰写时选择">
        <Select
          allowClear
          placeholder="非约稿"
          options={withCurrent(commissionOptions, commissionId, '（已结束的约稿）', refs.loading)}
          data-testid="item-commission"
        />
      </Form.Item>
      <CoAuthorsField canPick={canPickCoAuthors} authors={authors} leadId={leadId} />
    </>
  );
}
