import { AutoComplete, DatePicker, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import type { NewReport } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { isoDate } from '../format';
import { outcomesApi } from './outcomes-api';
import { OutletSelect } from './OutletSelect';
import { useOutlets } from './use-outlets';

interface ReportFormValues {
  outletId: string;
  reportedOn: Dayjs;
  channel?: string;
  reference?: string;
}

const CHANNELS = ['信息报送系统', '机要交换', '电子邮件', '传真'].map((value) => ({ value }));

/** One item, or every item of a published issue (整期报送). */
export type ReportTarget = { itemId: string } | { issueId: string; label: string; itemCount: number };

interface ReportModalProps {
  target: ReportTarget;
  /** How many reports were written and how many were on record already. */
  onSaved(created: number, existing: number): void;
  onClose(): void;
}

/** 记录报送: the item (or the issue's items) went to an outlet on a date, by a channel, under a reference. */
export function ReportModal({ target, onSaved, onClose }: ReportModalProps) {
  const outlets = useOutlets();
  const submit = async ({ outletId, reportedOn, channel, reference }: ReportFormValues) => {
    const report: NewReport = { outletId, reportedOn: isoDate(reportedOn), channel: channel?.trim() || undefined, reference: reference?.trim() || undefined };
    if ('itemId' in target) {
      await outcomesApi.report(target.itemId, report);
      onSaved(1, 0);
    } else {
      const result = await outcomesApi.reportIssue(target.issueId, report);
      onSaved(result.created.length, result.existing);
    }
  };
  return (
    <FormModal<ReportFormValues>
      title={'itemId' in target ? '记录报送' : `整期报送：${target.label}`}
      okText="记录"
      testIdPrefix="report"
      initialValues={{ reportedOn: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
    >
      {'issueId' in target && (
        <Typography.Paragraph type="secondary">本期 {target.itemCount} 篇稿件都记为报送到所选渠道；已有同一渠道、同一日期报送记录的稿件不重复记录。</Typography.Paragraph>
      )}
      <Form.Item name="outletId" label="报送渠道" rules={[{ required: true, message: '请选择报送渠道' }]}>
        <OutletSelect outlets={outlets.data} data-testid="report-outlet" />
      </Form.Item>
      <Form.Item name="reportedOn" label="报送日期" rules={[{ required: true, message: '请选择报送日期' }]}>
        <DatePicker allowClear={false} data-testid="report-date" />
      </Form.Item>
      <Form.Item name="channel" label="报送方式" rules={[{ max: 60, message: '不超过 60 个字' }]}>
        <AutoComplete options={CHANNELS} placeholder="如：信息报送系统、机要交换" data-testid="report-channel" />
      </Form.Item>
      <Form.Item name="reference" label="报送文号">
        <Input maxLength={100} placeholder="如：晋中政协信〔2026〕12号" data-testid="report-reference" />
      </Form.Item>
    </FormModal>
  );
}
