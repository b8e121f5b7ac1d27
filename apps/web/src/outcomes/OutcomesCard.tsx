import { App, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { ItemView, Permission, Wire } from '@sqmy/contract';
import type { InstructionView } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { useLoad } from '../api/use-load';
import { useCan } from '../auth/use-can';
import { AdoptionList } from './AdoptionList';
import { AdoptionModal } from './AdoptionModal';
import { InstructionEditModal } from './InstructionEditModal';
import { InstructionList } from './InstructionList';
import { InstructionModal } from './InstructionModal';
import { isAdoptable, isReportable } from './outcome-rules';
import { instructionsApi, outcomesApi } from './outcomes-api';
import { ReportList } from './ReportList';
import { ReportModal } from './ReportModal';

type Dialog = { kind: 'report' } | { kind: 'adoption' } | { kind: 'instruction' } | { kind: 'edit'; instruction: Wire<InstructionView> } | null;

/**
 * 报送与采用 of one item: where it was reported, who adopted it, which leaders wrote on it.
 * Authors and readers see it; editors record, correct and follow up the 批示.
 */
export function OutcomesCard({ item }: { item: Wire<Wire<ItemView>> }) {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const editor = useCan()(Permission.OutcomesRecord);
  const outcomes = useLoad(() => outcomesApi.ofItem(item.id), [item.id]);
  const [dialog, setDialog] = useState<Dialog>(null);

  const done = (text: string) => {
    setDialog(null);
    message.success(text);
    void outcomes.reload();
  };
  const run = async (work: () => Promise<unknown>, text: string) => {
    try {
      await work();
      done(text);
    } catch (error) {
      showError(error);
    }
  };

  const buttons = editor && (
    <Space wrap>
      <Button size="small" disabled={!isReportable(item.status)} onClick={() => setDialog({ kind: 'report' })} data-testid="record-report">
        记录报送
      </Button>
      <Button size="small" disabled={!isAdoptable(item.status)} onClick={() => setDialog({ kind: 'adoption' })} data-testid="record-adoption">
        记录采用
      </Button>
      <Button size="small" disabled={!isAdoptable(item.status)} onClick={() => setDialog({ kind: 'instruction' })} data-testid="record-instruction">
        登记批示
      </Button>
    </Space>
  );

  const data = outcomes.data;
  return (
    <Card title="报送与采用" extra={buttons} className="side-card outcomes-card" style={{ marginTop: 16 }} data-testid="outcomes-card">
      {!data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <Typography.Title level={5} className="outcomes-heading">
            报送记录
          </Typography.Title>
          <ReportList reports={data.reports} onDelete={editor ? (report) => run(() => outcomesApi.deleteReport(report.id), '报送记录已删除') : undefined} />
          <Typography.Title level={5} className="outcomes-heading">
            采用情况
          </Typography.Title>
          <AdoptionList
            adoptions={data.adoptions}
            editing={
              editor
                ? {
                    onEvidence: (adoption, file) => run(() => outcomesApi.attachEvidence(adoption.id, file), '佐证材料已上传'),
                    onDelete: (adoption) => run(() => outcomesApi.deleteAdoption(adoption.id), '采用记录已删除'),
                  }
                : undefined
            }
          />
          <Typography.Title level={5} className="outcomes-heading">
            领导批示
          </Typography.Title>
          <InstructionList
            instructions={data.instructions}
            editing={
              editor
                ? {
                    onEdit: (instruction) => setDialog({ kind: 'edit', instruction }),
                    onDelete: (instruction) => run(() => instructionsApi.remove(instruction.id), '批示登记已删除'),
                  }
                : undefined
            }
          />
        </>
      )}
      {dialog?.kind === 'report' && <ReportModal target={{ itemId: item.id }} onSaved={() => done('已记录报送')} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'adoption' && <AdoptionModal items={[item]} onSaved={() => done('已记录采用，已通知作者')} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'instruction' && <InstructionModal itemId={item.id} onSaved={() => done('批示已登记，已通知作者')} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <InstructionEditModal instruction={dialog.instruction} onSaved={() => done('批示办理情况已保存')} onClose={() => setDialog(null)} />}
    </Card>
  );
}
