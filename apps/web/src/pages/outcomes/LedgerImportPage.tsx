import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Card, Form, Select, Upload } from 'antd';
import { useCallback, useState } from 'react';
import type { LedgerImportView, Wire } from '@sqmy/contract';
import { asApiError } from '../../api/client';
import type { ApiError } from '../../api/client';
import { useLoad } from '../../api/use-load';
import { useMe } from '../../auth/AuthProvider';
import { Page } from '../../components/Page';
import { useOrganisations } from '../../organisations/use-organisations';
import { ImportHistory } from '../../outcomes/ImportHistory';
import { ImportProgress } from '../../outcomes/ImportProgress';
import { LedgerExportButton } from '../../outcomes/LedgerExportButton';
import { ledgerApi } from '../../outcomes/outcomes-api';
import { useImportProgress } from '../../outcomes/use-import-progress';

const COLUMNS = '编号、标题、作者、报送单位、类别、来稿日期、市级编发期号、报送省政协日期、报送全国政协日期、省政协采用、全国政协采用、领导批示、备注';

/** A file refused at once (empty, not a spreadsheet, too large): nothing was stored. */
function Refused({ error }: { error: ApiError }) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 16 }}
      title={error.message}
      description={error.details.length > 0 ? error.details.map((detail) => detail.message).join('；') : undefined}
      data-testid="import-refused"
    />
  );
}

/**
 * 台账导入: an office's existing ledger (.xlsx or UTF-8 .csv) goes into a committee through a
 * job; the page follows its progress and lists every bad row, and keeps the past imports.
 */
export function LedgerImportPage() {
  const { message } = App.useApp();
  const me = useMe();
  const { organisations } = useOrganisations();
  const committees = organisations.filter((organisation) => organisation.kind !== 'unit');
  const [chosen, setChosen] = useState<string>();
  const committeeId = chosen ?? me.committee?.id;
  const committee = committees.find((one) => one.id === committeeId) ?? (me.committee && me.committee.id === committeeId ? me.committee : undefined);
  const history = useLoad(() => (committeeId ? ledgerApi.list(committeeId) : Promise.resolve([])), [committeeId]);
  const [shown, setShown] = useState<Wire<LedgerImportView>>();
  const [uploading, setUploading] = useState(false);
  const [refused, setRefused] = useState<ApiError>();

  const { reload } = history;
  const finished = useCallback(
    (ledgerImport: Wire<LedgerImportView>) => {
      if (ledgerImport.status === 'succeeded') message.success(`台账导入成功：新增 ${ledgerImport.created} 条`);
      else message.error('台账有误，未导入任何数据');
      void reload();
    },
    [message, reload],
  );
  const current = useImportProgress(shown, finished);

  const upload = async (file: File) => {
    if (!committeeId) return;
    setUploading(true);
    setRefused(undefined);
    try {
      setShown(await ledgerApi.import(committeeId, file));
      void reload();
    } catch (error) {
      setRefused(asApiError(error));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Page title="台账导入" extra={<LedgerExportButton org={committee} />}>
      <Card>
        {committees.length > 1 && (
          <Form.Item label="导入到" style={{ maxWidth: 360 }}>
            <Select
              value={committeeId}
              options={committees.map((one) => ({ value: one.id, label: one.name }))}
              onChange={(id) => {
                setChosen(id);
                setShown(undefined);
              }}
              data-testid="import-committee"
            />
          </Form.Item>
        )}
        <div data-testid="ledger-upload">
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={uploading || !committeeId}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在上传…' : `点击或拖拽台账文件（.xlsx 或 UTF-8 编码的 .csv）到此处，导入到${committee?.name ?? '本委员会'}`}</p>
            <p className="ant-upload-hint">按表头识别各列（顺序不限）：{COLUMNS}。编号、标题、报送单位、来稿日期必填。</p>
            <p className="ant-upload-hint">任一行有误则整份台账不导入；已导入过的编号不会重复写入。</p>
          </Upload.Dragger>
        </div>
        {refused && <Refused error={refused} />}
      </Card>
      {current && <ImportProgress ledgerImport={current} />}
      <Card title="导入记录" style={{ marginTop: 16 }}>
        <ImportHistory imports={history.data} loading={history.loading} onOpen={setShown} />
      </Card>
    </Page>
  );
}
