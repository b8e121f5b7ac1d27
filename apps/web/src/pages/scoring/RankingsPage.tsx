import { FileExcelOutlined } from '@ant-design/icons';
import { Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AdoptionLevelKey, PeriodParams, RankBy, RankingParams, RankingRow, RankingSubject } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { DownloadButton } from '../../components/DownloadButton';
import { Page } from '../../components/Page';
import { optionsOf } from '../../options';
import { OrganisationTreeSelect } from '../../organisations/OrganisationTreeSelect';
import { useOrganisations } from '../../organisations/use-organisations';
import { DrilldownDrawer } from '../../scoring/DrilldownDrawer';
import { defaultPeriod } from '../../scoring/periods';
import { PeriodPicker } from '../../scoring/PeriodPicker';
import { rankingColumns } from '../../scoring/ranking-columns';
import { scoringApi } from '../../scoring/scoring-api';
import { BY_LABELS, RATE_LEVEL_LABELS, SUBJECT_FILE_NOUNS, SUBJECT_LABELS } from '../../scoring/scoring-labels';
import '../../scoring/scoring.css';

const SUBJECTS = Object.keys(SUBJECT_LABELS) as RankingSubject[];

/** 排名: informants, units, county or city committees by score or 采用率 over a period, each row traced in a drawer. */
export function RankingsPage() {
  const me = useMe();
  const organisations = useOrganisations();
  const [orgId, setOrgId] = useState(me.committee?.id ?? me.organisation.id);
  const [subject, setSubject] = useState<RankingSubject>('informant');
  const [period, setPeriod] = useState<PeriodParams>(defaultPeriod);
  const [by, setBy] = useState<RankBy>('score');
  const [level, setLevel] = useState<AdoptionLevelKey>('any');
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [opened, setOpened] = useState<RankingRow>();

  const filters = useMemo<RankingParams>(() => ({ subject, orgId, by, level, ...period }), [subject, orgId, by, level, period]);
  const query = { ...filters, ...paging };
  const ranking = useLoad(() => scoringApi.rankings(query), [filters, paging]);
  const data = ranking.data;

  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const exportButton = (
    <DownloadButton
      icon={<FileExcelOutlined />}
      disabled={!data?.total}
      load={() => scoringApi.rankingsExport(filters)}
      fileName={`${data?.org.name ?? ''}${data?.period.label ?? ''}${SUBJECT_FILE_NOUNS[subject]}排名.xlsx`}
      data-testid="rankings-export"
    >
      导出 Excel
    </DownloadButton>
  );

  return (
    <Page title="排名" extra={exportButton}>
      <Card className="scoring-filters" size="small">
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap>
            <OrganisationTreeSelect tree={organisations.tree} value={orgId} onChange={change(setOrgId)} style={{ width: 220 }} data-testid="rankings-org" />
            <Segmented<RankingSubject>
              value={subject}
              onChange={change(setSubject)}
              options={SUBJECTS.map((value) => ({ value, label: SUBJECT_LABELS[value] }))}
              data-testid="rankings-subject"
            />
          </Space>
          <Space wrap>
            <PeriodPicker value={period} onChange={change(setPeriod)} />
            <Segmented<RankBy>
              value={by}
              onChange={change(setBy)}
              options={optionsOf(BY_LABELS)}
              data-testid="rankings-by"
            />
            <Select<AdoptionLevelKey> value={level} onChange={change(setLevel)} options={optionsOf(RATE_LEVEL_LABELS)} style={{ width: 130 }} data-testid="rankings-level" />
          </Space>
        </Space>
      </Card>
      <Card
        title={data ? `${data.org.name} · ${SUBJECT_LABELS[subject]}${BY_LABELS[by]}排名 · ${data.period.label}` : '排名'}
        extra={data && <Typography.Text type="secondary">对比上期：{data.previous.label}</Typography.Text>}
      >
        <Table<RankingRow>
          rowKey={(row) => row.subject.id}
          size="middle"
          loading={ranking.loading}
          columns={rankingColumns()}
          dataSource={data?.rows ?? []}
          rowClassName="scoring-row"
          onRow={(row) => ({ onClick: () => setOpened(row) })}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => `共 ${total} 名`,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          locale={{ emptyText: by === 'rate' ? '该期间无报送' : '该期间暂无得分' }}
          data-testid="rankings-table"
          data-period={data?.period.label}
        />
      </Card>
      {opened && <DrilldownDrawer subject={subject} row={opened} period={period} level={level} onClose={() => setOpened(undefined)} />}
    </Page>
  );
}
