import { App, Button, Card, Col, Descriptions, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { IDENTITY_LABELS } from '@sqmy/contract';
import { api } from '../api/client';
import { useApiErrorHandler } from '../api/use-api-error';
import { useMe } from '../auth/AuthProvider';
import { Page } from '../components/Page';
import { PASSWORD_RULES } from '../components/password-rules';
import { RoleTags } from '../components/RoleTags';

function ProfileCard() {
  const me = useMe();
  return (
    <Card title="个人信息" data-testid="profile">
      <Descriptions
        column={1}
        items={[
          { key: 'name', label: '姓名', children: me.name },
          { key: 'username', label: '用户名', children: me.username },
          { key: 'phone', label: '手机号', children: me.phone || '—' },
          { key: 'roles', label: '角色', children: <RoleTags roles={me.roles} /> },
          { key: 'identity', label: '身份', children: me.identity ? IDENTITY_LABELS[me.identity] : '—' },
          { key: 'organisation', label: '所属单位', children: me.organisation.name },
          { key: 'committee', label: '所属政协', children: me.committee?.name ?? '—' },
        ]}
      />
    </Card>
  );
}

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function ChangePasswordCard() {
  const [form] = Form.useForm<PasswordChange>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const showError = useApiErrorHandler();

  const onFinish = async ({ currentPassword, newPassword }: PasswordChange) => {
    setSaving(true);
    try {
      await api.put('/auth/password', { currentPassword, newPassword });
      form.resetFields();
      message.success('密码已修改，下次登录请使用新密码');
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="修改密码">
      <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 400 }} data-testid="change-password-form">
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={PASSWORD_RULES} extra="至少 8 位，须同时包含字母和数字">
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="change-password-submit">
          修改密码
        </Button>
      </Form>
    </Card>
  );
}

export function AccountPage() {
  return (
    <Page title="账户设置">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ProfileCard />
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordCard />
        </Col>
      </Row>
    </Page>
  );
}
