import { App } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { UserView, Wire } from '@sqmy/contract';
import { UserFormModal } from './UserFormModal';
import type { UserFormScope } from './UserFormModal';

interface UserEditor {
  openCreate(): void;
  openEdit(user: Wire<UserView>): void;
  /** Render this where the page renders its modals. */
  modal: ReactNode;
}

/** The create / edit user dialog of a page, reporting success and calling onSaved. */
export function useUserEditor(scope: UserFormScope, onSaved: () => void): UserEditor {
  const [editing, setEditing] = useState<Wire<UserView> | 'new' | null>(null);
  const { message } = App.useApp();
  const close = () => setEditing(null);

  const modal = editing && (
    <UserFormModal
      scope={scope}
      user={editing === 'new' ? undefined : editing}
      onClose={close}
      onSaved={(user) => {
        message.success(editing === 'new' ? `已新增 ${user.name}` : `已保存 ${user.name}`);
        close();
        onSaved();
      }}
    />
  );
  return { openCreate: () => setEditing('new'), openEdit: setEditing, modal };
}
