import { Form, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { StatsReportView, TallyGrain } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { optionsOf } from '../options';
import { MONTH_OPTIONS, QUARTER_OPTIONS, reportPeriod, YEAR_OPTIONS } from './periods';
import { REPORT_GRAIN_LABELS } from './scoring-labels';
import { scoringApi } from './scoring-api';

interface GenerateValues {
  grain: TallyGrain;
  year: number;
  month: number;
  quarter: number;
}

/** The period just ended: last month (and its year and quarter). */
function lastMonth(): GenerateValues {
  const previous = dayjs().subtract(1, 'month');
  const month = previous.month() + 1;
  return { grain: TallyGrain.Month, year: previous.year(), month, quarter: Math.ceil(month / 3) };
}

/** 生成统计通报: a month, a quarter or a year; the report is made in the background. */
export function GenerateReportModal({ onQueued, onClose }: { onQueued(report: StatsReportView): void; onClose(): void }) {
  const generate = async ({ grain, year, month, quarter }: GenerateValues) => {
    onQueued(await scoringApi.createReport(grain, reportPeriod(grain, year, grain === 'month' ? month : quarter)));
  };
  return (
    <FormModal<GenerateValues> title="生成统计通报" okText="生成" testIdPrefix="report" initialValues={lastMonth()} onSubmit={generate} onClose={onClose}>
      <Form.Item name="grain" label="通报类型">
        <Radio.Group optionType="button" options={optionsOf(REPORT_GRAIN_LABELS)} data-testid="report-grain" />
      </Form.Item>
      <Form.Item name="year" label="年度">
        <Select<number> options={YEAR_OPTIONS} data-testid="report-year" />
      </Form.Item>
      <Form.Item noStyle dependencies={['grain']}>
        {({ getFieldValue }) =>
          getFieldValue('grain') === 'month' ? (
            <Form.Item name="month" label="月份">
              <Select<number> options={MONTH_OPTIONS} data-testid="report-month" />
            </Form.Item>
          ) : getFieldValue('grain') === 'quarter' ? (
            <Form.Item name="quarter" label="季度">
              <Select<number> options={QUARTER_OPTIONS} data-testid="report-quarter" />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </FormModal>
  );
}
