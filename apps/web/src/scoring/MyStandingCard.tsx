import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { StandingFigures } from '@sqmy/contract';
import { CURRENT_YEAR } from '../years';
import type { ReactNode } from 'react';
import { isNotFound, useLoad } from '../api/use-load';

import { QuotaProgressBar } from './QuotaProgressBar';
import { formatPoints, formatRate } from './scoring-labels';
import { scoringApi } from './scoring-api';

function Figures({ title, figures, testId }: { title: ReactNode; figures: StandingFigures; testId: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col span={6}>
          <div data-testid={`${testId}-score`} data-value={figures.score}>
            <Statistic title="得分" value={formatPoints(figures.score)} />
          </div>
        </Col>
        <Col span={6}>
          <Statistic title="排名" value={figures.rank ? `${figures.rank}/${figures.of}` : '—'} />
        </Col>
        <Col span={6}>
          <Statistic title="报送/采用" value={`${figures.submitted}/${figures.adopted}`} />
        </Col>
        <Col span={6}>
          <Statistic title="采用率" value={formatRate(figures.rate)} />
        </Col>
      </Row>
    </div>
  );
}

/** 我的得分: this year's score, rank, counts and quotas of an informant (and of a unit admin's unit). */
export function MyStandingCard() {
  const year = CURRENT_YEAR;
  const standing = useLoad(() => scoringApi.standing(year), [year], { quiet: isNotFound });
  const data = standing.data;
  if (!data) return null;
  return (
    <Card title={`我的得分（${year}年）`} style={{ marginTop: 16 }} data-testid="my-standing">
      {data.informant && <Figures title="本人" figures={data.informant} testId="standing-informant" />}
      {data.unit && (
        <div style={{ marginTop: data.informant ? 16 : 0 }}>
          <Figures title={`本单位 · ${data.unit.name}`} figures={data.unit} testId="standing-unit" />
        </div>
      )}
      {!data.informant && !data.unit && <Typography.Text type="secondary">本年度暂无得分</Typography.Text>}
      {data.quotas.map((quota) => (
        <div key={quota.id} style={{ marginTop: 16 }} data-testid="standing-quota">
          <Typography.Text>
            任务数 · {quota.subject.name}（{quota.grain === 'month' ? `每月 ${quota.target} 篇` : `全年 ${quota.target} 篇`}）
          </Typography.Text>
          <QuotaProgressBar progress={quota.progress} />
        </div>
      ))}
    </Card>
  );
}
