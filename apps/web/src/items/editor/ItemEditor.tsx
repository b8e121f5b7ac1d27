import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Row, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ITEM_STATUS_LABELS } from '@sqmy/contract';
import type { AttachmentView, ItemView, Wire } from '@sqmy/contract';
import { applyFieldErrors, useApiErrorHandler } from '../../api/use-api-error';
import { Page } from '../../components/Page';
import { isEditable } from '../item-rules';
import { itemsApi } from '../items-api';
import { ReturnNotice } from '../ReturnNotice';
import { SubmitButton } from '../SubmitButton';
import { useItemSubmit } from '../use-item-submit';
import { useReferenceData } from '../use-reference-data';
import { ConflictAlert } from './ConflictAlert';
import { EMPTY_DRAFT, normalise, valuesOf } from './draft-values';
import type { DraftValues } from './draft-values';
import { EditorSidebar } from './EditorSidebar';
import { ItemTextFields } from './ItemTextFields';
import { SaveIndicator } from './SaveIndicator';
import { useAutosave } from './use-autosave';

interface ItemEditorProps {
  /** The item to edit; absent for a new one. */
  initial?: Wire<ItemView>;
  /** A new item's values before anything is typed (from 选题与约稿). */
  prefill?: Partial<DraftValues>;
}

/** The author's editor: autosaved text and fields, attachments, and 报送. */
export function ItemEditor({ initial, prefill }: ItemEditorProps) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<DraftValues>();
  const refs = useReferenceData(true);
  const submitItem = useItemSubmit();
  const [submitting, setSubmitting] = useState(false);
  const [attachments, setAttachments] = useState<Wire<AttachmentView>[]>(initial?.attachments ?? []);
  const [initialValues] = useState<DraftValues>(() => (initial ? valuesOf(initial) : { ...EMPTY_DRAFT, ...prefill }));
  const autosave = useAutosave({
    initial,
    onCreated: (created) => navigate(`/my-items/${created.id}/edit`, { replace: true }),
    onRefused: (error) => applyFieldErrors(form, error.details),
  });
  const item = autosave.item;

  const onValuesChange = (changed: Partial<DraftValues>) => {
    // a field's error from the server (e.g. 请填写正文) goes once the field is changed
    form.setFields((Object.keys(changed) as (keyof DraftValues)[]).map((name) => ({ name, errors: [] })));
    const commission = changed.commissionId ? refs.commission(changed.commissionId) : undefined;
    if (commission?.topicId && !form.getFieldValue('topicId')) form.setFieldValue('topicId', commission.topicId);
    autosave.change(normalise(form.getFieldsValue()));
  };

  /** After a 409: the server's text replaces this page's. */
  const reloadLatest = async () => {
    if (!item) return;
    try {
      const fresh = await itemsApi.get(item.id);
      if (!isEditable(fresh)) {
        message.warning(`稿件当前状态为“${ITEM_STATUS_LABELS[fresh.status]}”，不能再修改`);
        navigate(`/my-items/${fresh.id}`, { replace: true });
        return;
      }
      autosave.adopt(fresh);
      setAttachments(fresh.attachments);
      form.resetFields();
      form.setFieldsValue(valuesOf(fresh));
    } catch (error) {
      showError(error);
    }
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      const submitted = await submitItem((await autosave.flush()).id);
      autosave.adopt(submitted);
      message.success(`《${submitted.title}》已报送研究中心`);
      navigate(`/my-items/${submitted.id}`);
    } catch (error) {
      showError(error, form);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Page
      title={initial ? '修改稿件' : '写稿件'}
      stickyHead
      extra={
        <Space size={12}>
          <SaveIndicator autosave={autosave} onReload={reloadLatest} />
          {item && (
            <Link to={`/my-items/${item.id}`}>
              <Button icon={<EyeOutlined />} data-testid="view-item">
                查看
              </Button>
            </Link>
          )}
          <SubmitButton item={item} loading={submitting} onConfirm={submit} />
        </Space>
      }
    >
      {item && <ReturnNotice item={item} />}
      {autosave.state === 'conflict' && autosave.error && <ConflictAlert error={autosave.error} onReload={reloadLatest} />}
      <Form<DraftValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} data-testid="item-form">
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <Card className="editor-card">
              <ItemTextFields warnings={(item?.warnings ?? []).filter((warning) => !warning.startsWith('正文'))} />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <EditorSidebar
              refs={refs}
              item={item}
              attachments={attachments}
              onAttachmentsChange={setAttachments}
              ensureItem={async () => (await autosave.flush()).id}
            />
          </Col>
        </Row>
      </Form>
    </Page>
  );
}
