import { Card, Select, Skeleton, Space, Spin } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { OrganisationTreeSelect } from '../../organisations/OrganisationTreeSelect';
import { useOrganisations } from '../../organisations/use-organisations';
import { LedgerExportButton } from '../../outcomes/LedgerExportButton';
import { statsApi } from '../../outcomes/outcomes-api';
import { SummaryCards } from '../../outcomes/SummaryCards';
import { UnitStatsTable } from '../../outcomes/UnitStatsTable';
import { CURRENT_YEAR, yearOptions } from '../../years';

const YEARS = yearOptions(10);

/** 年度统计: the figures of a committee (or any org of the caller's subtree) for a year, and its units'. */
export function StatsPage() {
  const me = useMe();
  const { organisations, tree } = useOrganisations();
  const [orgId, setOrgId] = useState<string | undefined>(me.committee?.id);
  const [year, setYear] = useState(CURRENT_YEAR);
  const org = organisations.find((one) => one.id === orgId);
  const summary = useLoad(() => (orgId ? statsApi.summary(orgId, year) : Promise.resolve(undefined)), [orgId, year]);
  const units = useLoad(() => (orgId ? statsApi.units(orgId, year) : Promise.resolve([])), [orgId, year]);

  const filters = (
    <Space wrap>
      <OrganisationTreeSelect tree={tree} value={orgId} onChange={setOrgId} style={{ width: 240 }} data-testid="stats-org" />
      <Select value={year} options={YEARS} onChange={setYear} style={{ width: 110 }} data-testid="stats-year" />
      <LedgerExportButton org={org} year={year} />
    </Space>
  );

  return (
    <Page title="年度统计" extra={filters}>
      {summary.data ? (
        <Spin spinning={summary.loading}>
          <SummaryCards summary={summary.data} />
        </Spin>
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} />
      )}
      <Card title={`${org?.name ?? ''}${year}年各单位情况`} style={{ marginTop: 16 }}>
        <UnitStatsTable units={units.data} loading={units.loading} />
      </Card>
    </Page>
  );
}
