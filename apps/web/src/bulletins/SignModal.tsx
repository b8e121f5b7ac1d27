import { DatePicker, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { IssueView, todayInChina, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { bulletinsApi } from './bulletins-api';

interface SignModalProps {
  issue: Wire<IssueView>;
  onSigned(issue: Wire<IssueView>): void;
  onClose(): void;
}

/** 签发 with its confirmation: fixes the date, gives the number, freezes the text. */
export function SignModal({ issue, onSigned, onClose }: SignModalProps) {
  const sign = async ({ date }: { date?: Dayjs }) => onSigned(await bulletinsApi.sign(issue.id, date?.format('YYYY-MM-DD')));
  return (
    <FormModal<{ date?: Dayjs }> title={`签发《${issue.series.title}》`} okText="确认签发" initialValues={{ date: dayjs(todayInChina()) }} testIdPrefix="issue-sign" onSubmit={sign} onClose={onClose}>
      <Typography.Paragraph>
        本期共 {issue.items.length} 篇稿件。签发后将按签发日期编定期号（第N期、总第M期），稿件内容随即定稿，本期不能再修改；之后由编辑刊发。
      </Typography.Paragraph>
      <Form.Item name="date" label="签发日期" rules={[{ required: true, message: '请选择签发日期' }]}>
        <DatePicker allowClear={false} data-testid="issue-sign-date" />
      </Form.Item>
    </FormModal>
  );
}
