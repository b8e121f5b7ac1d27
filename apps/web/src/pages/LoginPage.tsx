import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorCode } from '@sqmy/contract';
import { asApiError } from '../api/client';
import { useAuth } from '../auth/AuthProvider';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Where to go after login: `?next=` (set by server pages such as Bull Board, a full page load),
 * else the page that sent the user here, else the workbench. Only paths of this site.
 */
function destinationAfterLogin(search: string, state: unknown): { path: string; serverPage: boolean } {
  const isLocal = (path: unknown): path is string => typeof path === 'string' && path.startsWith('/') && !path.startsWith('//');
  const next = new URLSearchParams(search).get('next');
  if (isLocal(next)) return { path: next, serverPage: true };
  const from = (state as { from?: unknown } | null)?.from;
  return { path: isLocal(from) && from !== '/login' ? from : '/', serverPage: false };
}

function loginErrorText(error: unknown): string {
  const apiError = asApiError(error);
  return apiError.code === ErrorCode.InvalidCredentials ? '用户名或密码错误' : apiError.message;
}

export function LoginPage() {
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const leavingForServerPage = useRef(false);

  useEffect(() => {
    document.title = '登录 - 社情民意信息采编平台';
  }, []);

  if (user && !leavingForServerPage.current) return <Navigate to="/" replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      const destination = destinationAfterLogin(location.search, location.state);
      leavingForServerPage.current = destination.serverPage;
      await login(username.trim(), password);
      if (destination.serverPage) window.location.assign(destination.path);
      else navigate(destination.path, { replace: true });
    } catch (caught) {
      setError(loginErrorText(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-screen">
      <div className="login-panel">
        <div className="login-brand">
          <span className="header-logo login-logo">政</span>
          <h1>社情民意信息采编平台</h1>
          <p>政协社情民意信息 报送 · 编辑 · 审核 · 统计</p>
        </div>
        <Card className="login-card">
          <h2 className="login-card-title">账号登录</h2>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form<Credentials> layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
            <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} placeholder="用户名 / 手机号" autoComplete="username" data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
              登 录
            </Button>
          </Form>
        </Card>
        <p className="login-foot">内部工作系统 · 请妥善保管账号密码</p>
      </div>
    </div>
  );
}
