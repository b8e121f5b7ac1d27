import { Select, Space } from 'antd';
import { useState } from 'react';
import { DownloadButton } from '../components/DownloadButton';
import { yearOptions } from '../years';
import { ledgerApi } from './outcomes-api';

const YEARS = yearOptions(10);

interface LedgerExportButtonProps {
  org: { id: string; name: string } | undefined;
  /** The year to export; without it the button comes with its own year select (all years when cleared). */
  year?: number;
}

/** 导出台账: the org's items (of one year, or all) in the import layout, as .xlsx. */
export function LedgerExportButton({ org, year: fixedYear }: LedgerExportButtonProps) {
  const [chosenYear, setYear] = useState<number>();
  const year = fixedYear ?? chosenYear;
  return (
    <Space.Compact>
      {fixedYear === undefined && (
        <Select allowClear placeholder="全部年份" value={chosenYear} options={YEARS} onChange={setYear} style={{ width: 120 }} data-testid="ledger-export-year" />
      )}
      <DownloadButton
        disabled={!org}
        load={() => ledgerApi.export(org!.id, year)}
        fileName={`${org?.name ?? ''}信息台账（${year ? `${year}年` : '全部'}）.xlsx`}
        data-testid="ledger-export"
      >
        导出台账
      </DownloadButton>
    </Space.Compact>
  );
}
