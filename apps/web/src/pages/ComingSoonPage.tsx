import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import { Page } from '../components/Page';

/** Stands in for a screen that a later feature delivers. */
export function ComingSoonPage({ title }: { title: string }) {
  return (
    <Page title={title}>
      <Card data-testid="coming-soon">
        <Result
          icon={<ClockCircleOutlined style={{ color: '#c0392b' }} />}
          title={`${title} 即将上线`}
          subTitle="该功能正在建设中，敬请期待。"
        />
      </Card>
    </Page>
  );
}
