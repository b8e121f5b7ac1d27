import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Result, Table, Upload } from 'antd';
import { useState } from 'react';
import { ErrorCode } from '@sqmy/contract';
import type { ErrorDetail, OrganisationRef, RosterResult } from '@sqmy/contract';
import { asApiError } from '../api/client';
import { useApiErrorHandler } from '../api/use-api-error';
import { organisationsApi } from '../organisations/organisations-api';

interface RosterImportModalProps {
  organisation: OrganisationRef;
  onImported(result: RosterResult): void;
  onClose(): void;
}

type Outcome = { kind: 'imported'; result: RosterResult } | { kind: 'invalid'; rows: ErrorDetail[] } | null;

function InvalidRows({ rows }: { rows: ErrorDetail[] }) {
  return (
    <>
      <Alert type="error" showIcon title="名册有误，未导入任何数据。请修改以下内容后重新上传。" style={{ marginBottom: 12 }} />
      <Table<ErrorDetail>
        size="small"
        rowKey={(row, index) => `${row.field}-${index}`}
        pagination={false}
        scroll={{ y: 240 }}
        dataSource={rows}
        columns={[
          { title: '位置', dataIndex: 'field', width: 160 },
          { title: '问题', dataIndex: 'message' },
        ]}
        data-testid="roster-errors"
      />
    </>
  );
}

function ImportedAccounts({ result }: { result: RosterResult }) {
  return (
    <>
      <Result status="success" title="名册导入完成" subTitle={`新建账号 ${result.created} 个，未变更 ${result.unchanged} 个。`} style={{ padding: 16 }} />
      {result.accounts.length > 0 && (
        <>
          <Alert type="warning" showIcon title="新账号以手机号为用户名。初始密码仅显示这一次，请及时告知信息员。" style={{ marginBottom: 12 }} />
          <Table
            size="small"
            rowKey="username"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={result.accounts}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '用户名', dataIndex: 'username' },
              { title: '初始密码', dataIndex: 'initialPassword', render: (password: string) => <code>{password}</code> },
            ]}
            data-testid="roster-accounts"
          />
        </>
      )}
    </>
  );
}

/** Uploads an informant roster (.xlsx: 姓名, 手机号, 单位, 身份) for one organisation. */
export function RosterImportModal({ organisation, onImported, onClose }: RosterImportModalProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [uploading, setUploading] = useState(false);
  const showError = useApiErrorHandler();

  const upload = async (file: File) => {
    setUploading(true);
    setOutcome(null);
    try {
      const result = await organisationsApi.importRoster(organisation.id, file);
      setOutcome({ kind: 'imported', result });
      onImported(result);
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === ErrorCode.RosterInvalid) setOutcome({ kind: 'invalid', rows: apiError.details });
      else showError(apiError);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Modal open title={`导入信息员名册：${organisation.name}`} width={640} footer={null} onCancel={onClose}>
      <div data-testid="roster-upload">
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{uploading ? '正在导入…' : '点击或拖拽 .xlsx 名册文件到此处'}</p>
          <p className="ant-upload-hint">表头依次为：姓名、手机号、单位、身份。任一行有误则整份名册不导入。</p>
        </Upload.Dragger>
      </div>
      <div style={{ marginTop: 16 }}>
        {outcome?.kind === 'invalid' && <InvalidRows rows={outcome.rows} />}
        {outcome?.kind === 'imported' && <ImportedAccounts result={outcome.result} />}
      </div>
    </Modal>
  );
}
