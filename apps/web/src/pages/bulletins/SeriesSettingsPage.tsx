import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { Permission } from '@sqmy/contract';
import type { SeriesView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useLoad } from '../../api/use-load';
import { useCan } from '../../auth/use-can';
import { bulletinsApi } from '../../bulletins/bulletins-api';
import { SeriesCard } from '../../bulletins/SeriesCard';
import { SeriesFormModal } from '../../bulletins/SeriesFormModal';
import { Page } from '../../components/Page';

/** 刊物设置: the committee's series; admins create and change them, editors read what their issues will print. */
export function SeriesSettingsPage() {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const isAdmin = useCan()(Permission.BulletinSeriesManage);
  const series = useLoad(bulletinsApi.seriesList, []);
  const [editing, setEditing] = useState<Wire<SeriesView> | 'new'>();

  const saved = (changed: Wire<SeriesView>) => {
    setEditing(undefined);
    message.success(`刊物《${changed.title}》已保存`);
    void series.reload();
  };

  const remove = async (target: Wire<SeriesView>) => {
    try {
      await bulletinsApi.deleteSeries(target.id);
      message.success(`刊物《${target.title}》已删除`);
      void series.reload();
    } catch (error) {
      showError(error);
    }
  };

  const create = isAdmin && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="series-new">
      新建刊物
    </Button>
  );

  return (
    <Page title="刊物设置" extra={create}>
      {!series.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : series.data.length === 0 ? (
        <Card>
          <Empty description={isAdmin ? '尚未设置刊物，请新建' : '尚未设置刊物，请联系系统管理员新建'} />
        </Card>
      ) : (
        series.data.map((one) => (
          <SeriesCard key={one.id} series={one} onEdit={isAdmin ? () => setEditing(one) : undefined} onDelete={() => remove(one)} />
        ))
      )}
      {editing && <SeriesFormModal series={editing === 'new' ? undefined : editing} onSaved={saved} onClose={() => setEditing(undefined)} />}
    </Page>
  );
}
