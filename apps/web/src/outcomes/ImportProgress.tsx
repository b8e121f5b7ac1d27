import { Alert, Card, Descriptions, Progress } from 'antd';
import type { LedgerImportView, Wire } from '@sqmy/contract';
import { formatDateTime, formatFileSize } from '../format';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportStatusTag } from './ImportStatusTag';

function percentOf({ status, processed, total }: Wire<LedgerImportView>): number {
  if (status === 'succeeded') return 100;
  return total > 0 ? Math.floor((processed / total) * 100) : 0;
}

const PROGRESS_STATUS = { queued: 'active', running: 'active', succeeded: 'success', failed: 'exception' } as const;

/** One import: where it stands (a progress bar while the job runs), what it wrote, or every bad row. */
export function ImportProgress({ ledgerImport }: { ledgerImport: Wire<LedgerImportView> }) {
  const { status, total, processed, created, unchanged, errors } = ledgerImport;
  return (
    <Card title={`导入：${ledgerImport.fileName}`} extra={<ImportStatusTag status={status} />} style={{ marginTop: 16 }} data-testid="import-progress" data-status={status}>
      <Progress percent={percentOf(ledgerImport)} status={PROGRESS_STATUS[status]} data-testid="import-progress-bar" />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ margin: '12px 0' }}
        items={[
          { key: 'committee', label: '导入到', children: ledgerImport.committee.name },
          { key: 'size', label: '文件大小', children: formatFileSize(ledgerImport.size) },
          { key: 'rows', label: '已检查', children: total > 0 ? `${processed} / ${total} 行` : '—' },
          { key: 'by', label: '导入人', children: ledgerImport.createdBy.name },
          { key: 'at', label: '上传时间', children: formatDateTime(ledgerImport.createdAt) },
          { key: 'finished', label: '完成时间', children: formatDateTime(ledgerImport.finishedAt) },
        ]}
      />
      {status === 'succeeded' && (
        <Alert type="success" showIcon title={`导入成功：新增 ${created} 条，已存在未变更 ${unchanged} 条。`} data-testid="import-succeeded" />
      )}
      {status === 'failed' && (
        <>
          <Alert
            type="error"
            showIcon
            title={`台账有 ${errors.length} 处错误，整份台账未导入任何数据。请按下表修改后重新上传。`}
            style={{ marginBottom: 12 }}
            data-testid="import-failed"
          />
          <ImportErrorTable errors={errors} />
        </>
      )}
    </Card>
  );
}
