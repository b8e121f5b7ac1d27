import { Card } from 'antd';
import { Page } from '../../components/Page';
import { DeskSettingsForm } from '../../desk/DeskSettingsForm';

/** 编辑台设置: when the desk reminds editors and authors. */
export function DeskSettingsPage() {
  return (
    <Page title="编辑台设置">
      <Card title="提醒">
        <DeskSettingsForm />
      </Card>
    </Page>
  );
}
