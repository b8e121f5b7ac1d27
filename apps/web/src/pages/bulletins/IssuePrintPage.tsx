import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useLoad } from '../../api/use-load';
import { bulletinsApi } from '../../bulletins/bulletins-api';
import { BulletinSheet } from '../../bulletins/BulletinSheet';

/** 打印视图: the issue alone on an A4 sheet, in the layout of the .docx; the toolbar does not print. */
export function IssuePrintPage() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const layout = useLoad(() => bulletinsApi.layout(id!), [id], { quiet: () => true });

  useEffect(() => {
    const title = layout.data ? `${layout.data.masthead.title} ${layout.data.masthead.numberLine}` : '打印视图';
    document.title = `${title} - 社情民意信息采编平台`;
  }, [layout.data]);

  return (
    <div className="print-view" data-testid="print-view">
      <div className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/bulletins/issues/${id}`)} data-testid="print-back">
          返回
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!layout.data} data-testid="print-button">
          打印
        </Button>
      </div>
      {layout.error ? (
        <Result status="404" title="无法打开本期" subTitle={layout.error.message} />
      ) : layout.data ? (
        <BulletinSheet layout={layout.data} />
      ) : (
        <Skeleton active paragraph={{ rows: 16 }} style={{ width: 600, margin: '0 auto' }} />
      )}
    </div>
  );
}
