import { Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Permission } from '@sqmy/contract';
import type { SeriesView, Wire } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useCan } from '../../auth/use-can';
import { bulletinsApi } from '../../bulletins/bulletins-api';
import { IssueFilterBar } from '../../bulletins/IssueFilterBar';
import type { IssueFilters } from '../../bulletins/IssueFilterBar';
import { IssueTable } from '../../bulletins/IssueTable';
import { NewIssueButtons } from '../../bulletins/NewIssueButtons';
import { Page } from '../../components/Page';
import { CURRENT_YEAR } from '../../years';

/** The issues of one series and year, drafts first; editors start new ones here. */
function SeriesIssues({ series }: { series: Wire<SeriesView>[] }) {
  const isEditor = useCan()(Permission.BulletinsEdit);
  const [filters, setFilters] = useState<IssueFilters>({ seriesId: series[0].id, year: CURRENT_YEAR });
  const issues = useLoad(() => bulletinsApi.issues(filters.seriesId, filters.year, filters.kind), [filters]);
  const title = series.find((one) => one.id === filters.seriesId)?.title ?? '';
  return (
    <Page title="刊物" extra={isEditor && <NewIssueButtons seriesId={filters.seriesId} />}>
      <Card title={`《${title}》`}>
        <IssueFilterBar series={series} filters={filters} onChange={setFilters} />
        <IssueTable issues={issues.data ?? []} loading={issues.loading} />
      </Card>
    </Page>
  );
}

/** 刊物: the committee's series and their issues (期) by year. */
export function BulletinsPage() {
  const series = useLoad(bulletinsApi.seriesList, []);
  if (!series.data) return <Page title="刊物"><Skeleton active paragraph={{ rows: 8 }} /></Page>;
  if (series.data.length === 0)
    return (
      <Page title="刊物">
        <Card>
          <Empty description="尚未设置刊物：请系统管理员在“刊物设置”中新建刊物">
            <Link to="/bulletin-series">查看刊物设置</Link>
          </Empty>
        </Card>
      </Page>
    );
  return <SeriesIssues series={series.data} />;
}
