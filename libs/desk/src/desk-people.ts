import { ErrorCode, Role } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';

/** Active people of a committee holding `role` (its editors, its chief editors), by name. */
export function committeePeople(manager: EntityManager, committeeId: string, role: Role): Promise<{ id: string; name: string }[]> {
  return manager.query(
    `SELECT u.id, u.name FROM app_user u JOIN organisation o ON o.id = u.organisation_id
      WHERE o.committee_id = $1 AND u.active AND $2 = ANY(u.roles) ORDER BY u.name, u.id`,
    [committeeId, role],
  );
}

/** An item can be assigned only to an active editor of its own committee. */
export async function assertEditorOf(manager: EntityManager, committeeId: string, userId: string): Promise<void> {
  const editors = await committeePeople(manager, committeeId, Role.Editor);
  if (!editors.some((e) => e.id === userId)) {
    throw AppError.unprocessable(ErrorCode.InvalidAssignee, '只能分配给本委员会在岗的编辑', [{ field: 'assigneeId', message: '不是本委员会的编辑' }]);
  }
}
