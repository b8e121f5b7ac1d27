import { Col, Row, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ItemView, SimilarItem, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { AuthorNames } from './AuthorNames';
import { ItemDocument } from './ItemDocument';
import { itemsApi } from './items-api';
import { ItemStatusTag } from './ItemStatusTag';
import { similarityPercent } from './similarity';

export const DUPLICATE_TAG = '疑似重复';

/** 疑似重复, with how many near-duplicates when counted. */
export function DuplicateTag({ count }: { count?: number }) {
  return (
    <Tag color="volcano" data-testid="duplicate-tag" data-count={count}>
      {DUPLICATE_TAG}
      {count !== undefined && ` ${count}`}
    </Tag>
  );
}

function Pane({ label, item, extra }: { label: string; item: Pick<Wire<ItemView>, 'title' | 'body' | 'authors' | 'unit'>; extra?: ReactNode }) {
  return (
    <div className="twin-pane">
      <div className="twin-pane-head">
        <span className="twin-pane-label">{label}</span>
        <span className="twin-pane-source">
          {item.unit.name} · <AuthorNames authors={item.authors} />
        </span>
        {extra}
      </div>
      <div className="twin-pane-text">
        <ItemDocument title={item.title} body={item.body} />
      </div>
    </div>
  );
}

/** This item and one near-duplicate in two columns, with how alike they are. */
function TwinComparison({ item, twin, linkTo }: { item: Wire<ItemView>; twin: Wire<SimilarItem>; linkTo(id: string): string }) {
  const { data, error } = useLoad(() => itemsApi.get(twin.id), [twin.id], { quiet: () => true });
  const open = (
    <Link to={linkTo(twin.id)} className="twin-open">
      打开
    </Link>
  );
  return (
    <section className="twin" data-testid="twin" data-twin-id={twin.id}>
      <div className="twin-head">
        <DuplicateTag />
        <span>
          与《{twin.title}》相似度 <strong data-testid="similarity">{similarityPercent(twin.similarity)}%</strong>
        </span>
        <ItemStatusTag status={twin.status} />
      </div>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Pane label="本稿" item={item} />
        </Col>
        <Col xs={24} md={12}>
          {data ? (
            <Pane label="疑似重复稿" item={data} extra={open} />
          ) : (
            <div className="twin-pane">
              <div className="twin-pane-head">
                <span className="twin-pane-label">疑似重复稿</span>
                <span className="twin-pane-source">{twin.unit.name}</span>
                {open}
              </div>
              {error ? <Typography.Text type="secondary">无法显示全文：{error.message}</Typography.Text> : <Skeleton active paragraph={{ rows: 6 }} />}
            </div>
          )}
        </Col>
      </Row>
    </section>
  );
}

/** The near-duplicates found at intake, each side by side with this item (desk only). */
export function SimilarItems({ item, linkTo }: { item: Wire<ItemView>; linkTo(id: string): string }) {
  if (item.similar.length === 0) return null;
  return (
    <div data-testid="similar-items">
      {item.similar.map((twin) => (
        <TwinComparison key={twin.id} item={item} twin={twin} linkTo={linkTo} />
      ))}
    </div>
  );
}
