import { App, Button, Popconfirm, Typography } from 'antd';
import type { UserView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { usersApi } from './users-api';

/** Resets a user's password and shows the new one, once. */
export function ResetPasswordButton({ user }: { user: Wire<UserView> }) {
  const { modal } = App.useApp();
  const showError = useApiErrorHandler();

  const reset = async () => {
    try {
      const { password } = await usersApi.resetPassword(user.id);
      modal.success({
        title: `已重置 ${user.name} 的密码`,
        content: (
          <div>
            <p>新密码（仅显示这一次，请及时告知本人并提醒其登录后修改）：</p>
            <Typography.Text code copyable strong style={{ fontSize: 16 }} data-testid="new-password-value">
              {password}
            </Typography.Text>
          </div>
        ),
        okText: '我已记下',
      });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Popconfirm title={`确定重置 ${user.name} 的密码？`} description="原密码将立即失效。" onConfirm={reset} okText="重置" cancelText="取消">
      <Button type="link" size="small" data-testid={`reset-password-${user.username}`}>
        重置密码
      </Button>
    </Popconfirm>
  );
}
