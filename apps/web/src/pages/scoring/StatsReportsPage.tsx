import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Permission } from '@sqmy/contract';
import type { ReportFormat, StatsReportView } from '@sqmy/contract';
import { useLoad } from '../../api/use-load';
import { useCan } from '../../auth/use-can';
import { DownloadButton } from '../../components/DownloadButton';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
import { GenerateReportModal } from '../../scoring/GenerateReportModal';
import { ReportStatus } from '../../scoring/ReportStatus';
import { scoringApi } from '../../scoring/scoring-api';
import { REPORT_GRAIN_LABELS } from '../../scoring/scoring-labels';
import '../../scoring/scoring.css';

const POLL_MS = 1500;
const pending = (report: StatsReportView) => report.status === 'queued' || report.status === 'running';

/** 统计通报: the monthly, quarterly and yearly statistics bulletins; made on the 1st of the month or on demand. */
export function StatsReportsPage() {
  const { message } = App.useApp();
  const canRun = useCan()(Permission.StatsReportsRun);
  const { id: linked } = useParams();
  const reports = useLoad(scoringApi.reports, []);
  const [generating, setGenerating] = useState(false);
  const { reload } = reports;
  const busy = (reports.data ?? []).some(pending);

  // Follow the reports being made until they are done.
  useEffect(() => {
    if (!busy) return;
    const timer = window.setInterval(() => void reload(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [busy, reload]);

  const queued = (report: StatsReportView) => {
    setGenerating(false);
    message.success(`${report.label}已开始生成`);
    void reload();
  };

  const file = (report: StatsReportView, format: ReportFormat) => ({
    load: () => scoringApi.reportDocument(report.id, format),
    fileName: `${report.committee.name}${report.label}.${format}`,
  });

  const columns: TableColumnsType<StatsReportView> = [
    { title: '通报', dataIndex: 'label', key: 'label' },
    { title: '类型', key: 'grain', width: 80, render: (_, report) => <Tag>{REPORT_GRAIN_LABELS[report.grain]}</Tag> },
    { title: '状态', key: 'status', width: 170, render: (_, report) => <ReportStatus report={report} /> },
    { title: '发起', key: 'requestedBy', width: 110, render: (_, report) => report.requestedBy?.name ?? '定时生成' },
    { title: '完成时间', key: 'finishedAt', width: 150, render: (_, report) => formatDateTime(report.finishedAt) },
    {
      title: '下载',
      key: 'files',
      width: 200,
      render: (_, report) =>
        report.status === 'succeeded' && (
          <Space size={0}>
            {report.files.docx && (
              <DownloadButton type="link" size="small" icon={<FileWordOutlined />} {...file(report, 'docx')} data-testid="report-docx">
                Word
              </DownloadButton>
            )}
            {report.files.xlsx && (
              <DownloadButton type="link" size="small" icon={<FileExcelOutlined />} {...file(report, 'xlsx')} data-testid="report-xlsx">
                Excel
              </DownloadButton>
            )}
          </Space>
        ),
    },
  ];

  const generate = canRun && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setGenerating(true)} data-testid="report-new">
      生成
    </Button>
  );

  return (
    <Page title="统计通报" extra={generate}>
      <Card>
        <Table<StatsReportView>
          rowKey="id"
          size="middle"
          loading={reports.loading && !reports.data}
          columns={columns}
          dataSource={reports.data ?? []}
          rowClassName={(report) => (report.id === linked ? 'scoring-linked' : '')}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: '暂无统计通报；每月1日自动生成上月通报，也可点击右上角“生成”' }}
          data-testid="reports-table"
        />
      </Card>
      {generating && <GenerateReportModal onQueued={queued} onClose={() => setGenerating(false)} />}
    </Page>
  );
}
