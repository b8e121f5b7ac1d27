import { Tag } from 'antd';
import { ROLE_LABELS } from '@sqmy/contract';
import type { Role } from '../api/types';

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
