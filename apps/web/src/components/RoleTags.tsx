import { Tag } from 'antd';
import { Role, ROLE_LABELS } from '@sqmy/contract';

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <span data-testid="role-tags">
      {roles.map((role) => (
        <Tag key={role} color={role === 'admin' ? 'red' : 'default'}>
          {ROLE_LABELS[role]}
        </Tag>
      ))}
    </span>
  );
}
