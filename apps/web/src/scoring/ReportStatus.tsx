import { Progress, Tag, Tooltip } from 'antd';
import type { StatsReportStatus, StatsReportView } from '@sqmy/contract';
import { REPORT_STATUS_LABELS } from './scoring-labels';

const COLORS: Record<StatsReportStatus, string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };

/** A report's state; a progress bar while it is made, the reason when it failed. */
export function ReportStatus({ report }: { report: StatsReportView }) {
  const tag = (
    <Tag color={COLORS[report.status]} data-testid="report-status" data-status={report.status}>
      {REPORT_STATUS_LABELS[report.status]}
    </Tag>
  );
  if (report.status === 'running') {
    return (
      <div data-testid="report-status" data-status={report.status} style={{ width: 140 }}>
        <Progress percent={report.progress} size="small" />
      </div>
    );
  }
  if (report.status === 'failed' && report.error) return <Tooltip title={report.error}>{tag}</Tooltip>;
  return tag;
}
