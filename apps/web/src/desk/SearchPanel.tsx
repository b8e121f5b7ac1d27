import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Form, Input, Segmented, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';
import type { SearchHit, SearchQuery, Wire } from '@sqmy/contract';
import { asApiError } from '../api/client';
import { useApiErrorHandler } from '../api/use-api-error';
import { formatDateTime } from '../format';
import { optionsOf } from '../options';
import { AuthorNames } from '../items/AuthorNames';
import { itemsApi } from '../items/items-api';
import { ItemStatusTag } from '../items/ItemStatusTag';
import { useReferenceData } from '../items/use-reference-data';
import { Snippet } from './Snippet';

interface SearchForm {
  q?: string;
  status?: ItemStatus;
  categoryCode?: string;
  topicId?: string;
  period?: [Dayjs, Dayjs] | null;
  order: 'relevance' | 'date';
}

const PAGE_SIZE = 20;

function toQuery({ q, status, categoryCode, topicId, period, order }: SearchForm): SearchQuery {
  return {
    q: q?.trim() || undefined,
    status,
    categoryCode,
    topicId,
    from: period?.[0]?.format('YYYY-MM-DD'),
    to: period?.[1]?.format('YYYY-MM-DD'),
    order,
    limit: PAGE_SIZE,
  };
}

function Hit({ hit }: { hit: Wire<SearchHit> }) {
  return (
    <li className="hit" data-testid="search-hit">
      <div className="hit-head">
        <Link to={`/desk/items/${hit.id}`} className="hit-title">
          {hit.title || '（未填写标题）'}
        </Link>
        <ItemStatusTag status={hit.status} />
      </div>
      <Snippet html={hit.snippet} />
      <div className="hit-meta">
        {hit.unit.name} · <AuthorNames authors={hit.authors} /> · 报送于 {formatDateTime(hit.submittedAt)}
      </div>
    </li>
  );
}

/** Full-text search over the committee's items (GET /items/search), with filters and 加载更多. */
export function SearchPanel() {
  const refs = useReferenceData(false);
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<SearchForm>();
  const [query, setQuery] = useState<SearchQuery>();
  const [hits, setHits] = useState<Wire<SearchHit>[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [unavailable, setUnavailable] = useState(false);

  const run = async (next: SearchQuery, cursor?: string) => {
    setLoading(true);
    try {
      const page = await itemsApi.search({ ...next, cursor });
      setQuery(next);
      setHits((current) => (cursor ? [...current, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      if (asApiError(error).status === 404) setUnavailable(true);
      else showError(error, form);
    } finally {
      setLoading(false);
    }
  };

  if (unavailable) {
    return <Alert type="info" showIcon title="全文检索暂未开通" description="服务器尚未提供稿件检索，请先在“待阅选稿件”中查看。" data-testid="search-unavailable" />;
  }

  return (
    <div data-testid="search-panel">
      <Form<SearchForm>
        form={form}
        className="search-form"
        initialValues={{ order: 'relevance' }}
        onFinish={(values) => run(toQuery(values))}
        onValuesChange={(changed) => {
          if (!('q' in changed) && query) form.submit();
        }}
      >
        <div className="search-row">
          <Form.Item name="q" className="search-q">
            <Input allowClear size="large" prefix={<SearchOutlined />} placeholder="输入标题、正文中的关键词" data-testid="search-q" />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" loading={loading} data-testid="search-submit">
            检索
          </Button>
        </div>
        <div className="search-row">
          <Form.Item name="status">
            <Select allowClear placeholder="全部状态" style={{ width: 130 }} options={optionsOf(ITEM_STATUS_LABELS)} data-testid="search-status" />
          </Form.Item>
          <Form.Item name="categoryCode">
            <Select allowClear placeholder="全部类别" style={{ width: 130 }} options={refs.categories.map((c) => ({ value: c.code, label: c.name }))} />
          </Form.Item>
          <Form.Item name="topicId">
            <Select
              allowClear
              placeholder="全部选题"
              style={{ width: 180 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={refs.topics.map((t) => ({ value: t.id, label: t.title }))}
            />
          </Form.Item>
          <Form.Item name="period">
            <DatePicker.RangePicker style={{ width: 250 }} placeholder={['报送日期起', '报送日期止']} />
          </Form.Item>
          <Form.Item name="order" className="search-order">
            <Segmented
              options={[
                { value: 'relevance', label: '按相关度' },
                { value: 'date', label: '按时间' },
              ]}
              data-testid="search-order"
            />
          </Form.Item>
        </div>
      </Form>
      <Spin spinning={loading && hits.length === 0}>
        {query && hits.length === 0 && !loading && <Empty description="没有找到相关稿件" />}
        {hits.length > 0 && (
          <ul className="hit-list" data-testid="search-results">
            {hits.map((hit) => (
              <Hit key={hit.id} hit={hit} />
            ))}
          </ul>
        )}
      </Spin>
      {nextCursor && query && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => run(query, nextCursor)} loading={loading} data-testid="search-more">
            加载更多
          </Button>
        </div>
      )}
    </div>
  );
}
