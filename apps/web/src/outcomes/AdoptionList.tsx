import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tooltip, Typography, Upload } from 'antd';
import type { HTMLAttributes } from 'react';
import { ADOPTION_LEVEL_LABELS } from '@sqmy/contract';
import type { AdoptionView, Wire } from '@sqmy/contract';
import { saveBlob } from '../api/save-blob';
import { useApiErrorHandler } from '../api/use-api-error';
import { formatDate, formatFileSize } from '../format';
import { EVIDENCE_ACCEPT } from './AdoptionModal';
import { DeleteButton } from './DeleteButton';
import { outcomesApi } from './outcomes-api';
import { SourceTag } from './SourceTag';

interface AdoptionListProps {
  adoptions: Wire<AdoptionView>[];
  /** Editors: upload a missing evidence file, delete a mistaken entry. */
  editing?: { onEvidence(adoption: Wire<AdoptionView>, file: File): Promise<void>; onDelete(adoption: Wire<AdoptionView>): Promise<void> };
}

function EvidenceLink({ adoption }: { adoption: Wire<AdoptionView> }) {
  const showError = useApiErrorHandler();
  const evidence = adoption.evidence!;
  const download = async () => {
    try {
      saveBlob(await outcomesApi.evidence(adoption.id), evidence.fileName);
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Typography.Link onClick={download} title={`下载佐证材料（${formatFileSize(evidence.size)}）`} data-testid="evidence-download">
      <PaperClipOutlined /> {evidence.fileName}
    </Typography.Link>
  );
}

/** 采用情况: each adoption (件次) with its level, kind, outlet, reference and evidence. */
export function AdoptionList({ adoptions, editing }: AdoptionListProps) {
  const actions = (adoption: Wire<AdoptionView>) => (
    <Space size={0}>
      {!adoption.evidence && (
        <Upload
          accept={EVIDENCE_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void editing!.onEvidence(adoption, file);
            return false;
          }}
        >
          <Tooltip title="上传佐证材料">
            <Button type="text" size="small" icon={<UploadOutlined />} aria-label="上传佐证材料" data-testid="evidence-upload" />
          </Tooltip>
        </Upload>
      )}
      {adoption.kind !== 'compiled' && <DeleteButton title="删除这条采用记录？" testId="adoption-delete" onConfirm={() => editing!.onDelete(adoption)} />}
    </Space>
  );
  return (
    <Table<Wire<AdoptionView>>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={adoptions}
      locale={{ emptyText: '暂无采用' }}
      data-testid="outcome-adoptions"
      onRow={(adoption) => ({ 'data-testid': 'adoption-row', 'data-kind': adoption.kind, 'data-level': adoption.level }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: '采用日期', dataIndex: 'occurredOn', width: 110, render: formatDate },
        {
          title: '采用情况',
          key: 'kind',
          render: (_, adoption) => (
            <>
              {ADOPTION_LEVEL_LABELS[adoption.level]}
              {adoption.kindLabel} · {adoption.outlet?.name ?? adoption.outletName ?? '—'} <SourceTag source={adoption.source} />
              {adoption.note && <div className="outcome-note">{adoption.note}</div>}
            </>
          ),
        },
        { title: '期号或文号', key: 'ref', width: 160, render: (_, adoption) => adoption.documentRef || adoption.issue?.numberLabel || '—' },
        { title: '佐证', key: 'evidence', width: 160, render: (_, adoption) => (adoption.evidence ? <EvidenceLink adoption={adoption} /> : '—') },
        ...(editing ? [{ title: '', key: 'actions', width: 72, render: (_: unknown, adoption: Wire<AdoptionView>) => actions(adoption) }] : []),
      ]}
    />
  );
}
