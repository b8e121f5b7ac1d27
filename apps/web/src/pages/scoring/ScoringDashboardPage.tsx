import { Card, Col, Empty, Row, Select, Skeleton, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { PeriodParams, RankingRow, RankingSubject } from '@sqmy/contract';
import { CURRENT_YEAR } from '../../years';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { SummaryCards } from '../../outcomes/SummaryCards';
import { OrganisationTreeSelect } from '../../organisations/OrganisationTreeSelect';
import { useOrganisations } from '../../organisations/use-organisations';
import { DrilldownDrawer } from '../../scoring/DrilldownDrawer';
import { LevelKindChart } from '../../scoring/LevelKindChart';
import { YEAR_OPTIONS } from '../../scoring/periods';
import { QuotaTable } from '../../scoring/QuotaTable';
import { rankingColumns } from '../../scoring/ranking-columns';
import { scoringApi } from '../../scoring/scoring-api';
import { TrendChart } from '../../scoring/TrendChart';
import '../../scoring/scoring.css';

interface TopTableProps {
  title: string;
  rows: RankingRow[];
  testId: string;
  onOpen(row: RankingRow): void;
}

function TopTable({ title, rows, testId, onOpen }: TopTableProps) {
  return (
    <Card title={title} extra={<Link to="/scoring/rankings">完整排名</Link>} style={{ height: '100%' }}>
      <Table<RankingRow>
        rowKey={(row) => row.subject.id}
        size="small"
        columns={rankingColumns(true)}
        dataSource={rows}
        pagination={false}
        rowClassName="scoring-row"
        onRow={(row) => ({ onClick: () => onOpen(row) })}
        locale={{ emptyText: '本年度暂无得分' }}
        data-testid={testId}
      />
    </Card>
  );
}

/** 数据看板: the year of an organisation at a glance — figures, trend, adoption by level and kind, leaders, quotas behind. */
export function ScoringDashboardPage() {
  const me = useMe();
  const organisations = useOrganisations();
  const [orgId, setOrgId] = useState(me.committee?.id ?? me.organisation.id);
  const [year, setYear] = useState(CURRENT_YEAR);
  const dashboard = useLoad(() => scoringApi.dashboard(orgId, year), [orgId, year]);
  const [opened, setOpened] = useState<{ subject: RankingSubject; row: RankingRow }>();
  const yearPeriod = useMemo<PeriodParams>(() => ({ period: 'year', year }), [year]);
  const data = dashboard.data;

  const filters = (
    <Space wrap>
      <OrganisationTreeSelect tree={organisations.tree} value={orgId} onChange={setOrgId} style={{ width: 240 }} data-testid="dashboard-org" />
      <Select<number> value={year} onChange={setYear} options={YEAR_OPTIONS} style={{ width: 100 }} data-testid="dashboard-year" />
    </Space>
  );

  return (
    <Page title="数据看板" extra={filters}>
      {!data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <div data-testid="dashboard" data-loading={dashboard.loading ? 'true' : 'false'}>
          <SummaryCards summary={data.summary} />
          <Row gutter={[16, 16]} style={{ margin: '16px 0' }}>
            <Col xs={24} xl={14}>
              <Card title={`${year}年逐月报送、采用与得分`}>
                <TrendChart trend={data.trend} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title="采用情况（按级别、类型）">
                {data.byLevelKind.length ? <LevelKindChart counts={data.byLevelKind} /> : <Empty description="本年度暂无采用" />}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <TopTable title="信息员得分前十" rows={data.topInformants} testId="top-informants" onOpen={(row) => setOpened({ subject: 'informant', row })} />
            </Col>
            <Col xs={24} xl={12}>
              <TopTable title="报送单位得分前十" rows={data.topUnits} testId="top-units" onOpen={(row) => setOpened({ subject: 'unit', row })} />
            </Col>
          </Row>
          <Card title={`未完成任务数（${data.behind.length}）`} extra={<Link to="/scoring/quotas">全部任务数</Link>}>
            <QuotaTable quotas={data.behind} testId="behind-quotas" />
          </Card>
        </div>
      )}
      {opened && (
        <DrilldownDrawer subject={opened.subject} row={opened.row} period={yearPeriod} level="any" onClose={() => setOpened(undefined)} />
      )}
    </Page>
  );
}
