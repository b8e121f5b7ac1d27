import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { Permission } from '@sqmy/contract';
import type { QuotaView } from '@sqmy/contract';
import { useApiErrorHandler } from '../../api/use-api-error';
import { CURRENT_YEAR } from '../../years';
import { useLoad } from '../../api/use-load';
import { useCan } from '../../auth/use-can';
import { DownloadButton } from '../../components/DownloadButton';
import { Page } from '../../components/Page';
import { useOrganisations } from '../../organisations/use-organisations';
import { YEAR_OPTIONS } from '../../scoring/periods';
import { QuotaFormModal } from '../../scoring/QuotaFormModal';
import { QuotaTable } from '../../scoring/QuotaTable';
import { scoringApi } from '../../scoring/scoring-api';
import '../../scoring/scoring.css';

/** 任务数: each unit's and informant's quota for the year and how far they are; editors set them. */
export function QuotasPage() {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const canManage = useCan()(Permission.QuotasManage);
  const organisations = useOrganisations();
  const [year, setYear] = useState(CURRENT_YEAR);
  const [behind, setBehind] = useState(false);
  const [editing, setEditing] = useState<QuotaView | 'new'>();
  const quotas = useLoad(() => scoringApi.quotas(year, behind), [year, behind]);

  const saved = (quota: QuotaView) => {
    setEditing(undefined);
    message.success(`${quota.subject.name}的任务数已保存`);
    void quotas.reload();
  };

  const remove = async (quota: QuotaView) => {
    try {
      await scoringApi.deleteQuota(quota.id);
      message.success(`${quota.subject.name}的任务数已删除`);
      void quotas.reload();
    } catch (error) {
      showError(error);
    }
  };

  const add = canManage && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="quota-new">
      新增任务数
    </Button>
  );

  return (
    <Page title="任务数" extra={add}>
      <Card>
        <Space wrap className="scoring-filters">
          <Select<number> value={year} onChange={setYear} options={YEAR_OPTIONS} style={{ width: 100 }} data-testid="quotas-year" />
          <Space>
            <Switch checked={behind} onChange={setBehind} data-testid="quotas-behind" />
            只看未完成
          </Space>
          <DownloadButton load={() => scoringApi.exportQuotas(year, behind)} fileName={`${year}年任务数完成情况.xlsx`} data-testid="quotas-export">
            导出 Excel
          </DownloadButton>
        </Space>
        <QuotaTable
          quotas={quotas.data ?? []}
          loading={quotas.loading}
          onEdit={canManage ? setEditing : undefined}
          onDelete={canManage ? remove : undefined}
          testId="quotas-table"
        />
      </Card>
      {editing && (
        <QuotaFormModal
          quota={editing === 'new' ? undefined : editing}
          units={organisations.organisations.filter((org) => org.kind === 'unit').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))}
          year={year}
          onSaved={saved}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Page>
  );
}
