import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已被移除。"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

export function ForbiddenPage() {
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title="无权访问"
        subTitle="您的角色无权使用此功能，如有需要请联系系统管理员。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    </div>
  );
}
