import { Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useApiErrorHandler } from '../api/use-api-error';

interface FormModalProps<T> {
  title: string;
  initialValues?: Partial<T>;
  okText?: string;
  width?: number;
  testIdPrefix: string;
  onSubmit(values: T): Promise<void>;
  onClose(): void;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/**
 * A modal form: mount it to open it, it closes through onClose. Submitting validates, calls
 * onSubmit and shows an API error on the matching fields (the rest as a message).
 */
export function FormModal<T extends object>(props: FormModalProps<T>) {
  const { title, initialValues, okText = '保存', width = 520, testIdPrefix, onSubmit, onClose, children } = props;
  const [form] = Form.useForm<T>();
  const [saving, setSaving] = useState(false);
  const showError = useApiErrorHandler();

  const onFinish = async (values: T) => {
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': `${testIdPrefix}-ok` }}
      mask={{ closable: false }}
    >
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid={`${testIdPrefix}-form`}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
