import type { Permission } from '@sqmy/contract';
import { useMe } from './AuthProvider';

/** Whether the signed-in person holds a permission (as /auth/me lists them): what screens show and offer follows it. */
export function useCan(): (permission: Permission) => boolean {
  const { permissions } = useMe();
  return (permission) => permissions.includes(permission);
}
