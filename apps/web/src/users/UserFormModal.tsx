import { Form, Input, Select, Switch } from 'antd';
import { Identity, IDENTITY_LABELS, Role, ROLE_LABELS, UserView } from '@sqmy/contract';
import type { UserChanges, Wire } from '@sqmy/contract';
import { FormModal } from '../components/FormModal';
import { PASSWORD_RULES } from '../components/password-rules';
import { optionsOf } from '../options';
import { OrganisationTreeSelect } from '../organisations/OrganisationTreeSelect';
import type { OrganisationNode } from '../organisations/tree';
import { usersApi } from './users-api';

interface UserFormValues {
  username: string;
  name: string;
  phone?: string;
  password: string;
  roles: Role[];
  orgId: string;
  identity?: Identity | null;
  active: boolean;
}

/**
 * `admin` manages any user of the subtree (roles and organisation included);
 * `unit` is a unit admin managing informants of the own unit.
 */
export type UserFormScope = { kind: 'admin'; tree: OrganisationNode[] } | { kind: 'unit'; orgId: string };

interface UserFormModalProps {
  scope: UserFormScope;
  /** The user to edit; absent to create one. */
  user?: Wire<UserView>;
  onSaved(user: Wire<UserView>): void;
  onClose(): void;
}

function changesOf(values: UserFormValues, scope: UserFormScope): UserChanges {
  const changes: UserChanges = { name: values.name, phone: values.phone || undefined, identity: values.identity ?? null, active: values.active };
  return scope.kind === 'admin' ? { ...changes, roles: values.roles, orgId: values.orgId } : changes;
}

async function save(values: UserFormValues, scope: UserFormScope, user?: Wire<UserView>): Promise<Wire<UserView>> {
  if (user) return usersApi.update(user.id, changesOf(values, scope));
  return usersApi.create({
    username: values.username.trim(),
    name: values.name,
    phone: values.phone || undefined,
    password: values.password,
    roles: scope.kind === 'admin' ? values.roles : [Role.Informant],
    orgId: scope.kind === 'admin' ? values.orgId : scope.orgId,
    identity: values.identity ?? null,
  });
}

function initialValuesOf(scope: UserFormScope, user?: Wire<UserView>): Partial<UserFormValues> {
  if (!user) return { roles: scope.kind === 'admin' ? [] : [Role.Informant], active: true };
  const { name, phone, roles, identity, active, organisation } = user;
  return { name, phone: phone ?? undefined, roles, identity, active, orgId: organisation.id };
}

export function UserFormModal({ scope, user, onSaved, onClose }: UserFormModalProps) {
  const creating = !user;
  const noun = scope.kind === 'admin' ? '用户' : '信息员';
  return (
    <FormModal<UserFormValues>
      title={creating ? `新增${noun}` : `编辑${noun}：${user.name}`}
      testIdPrefix="user"
      initialValues={initialValuesOf(scope, user)}
      onSubmit={async (values) => onSaved(await save(values, scope, user))}
      onClose={onClose}
    >
      {creating && (
        <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }, { min: 3, max: 64, message: '用户名为 3–64 个字符' }]}>
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
      )}
      <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
        <Input data-testid="user-name" />
      </Form.Item>
      <Form.Item name="phone" label="手机号" rules={[{ pattern: /^1\d{10}$/, message: '请输入 11 位手机号' }]}>
        <Input data-testid="user-phone" />
      </Form.Item>
      {creating && (
        <Form.Item name="password" label="初始密码" rules={PASSWORD_RULES} extra="至少 8 位，须同时包含字母和数字">
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      )}
      {scope.kind === 'admin' && (
        <>
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
            <Select mode="multiple" options={optionsOf(ROLE_LABELS)} placeholder="选择角色" data-testid="user-roles" />
          </Form.Item>
          <Form.Item name="orgId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
            <OrganisationTreeSelect tree={scope.tree} data-testid="user-organisation" />
          </Form.Item>
        </>
      )}
      <Form.Item name="identity" label="身份">
        <Select allowClear options={optionsOf(IDENTITY_LABELS)} placeholder="（无）" data-testid="user-identity" />
      </Form.Item>
      {!creating && (
        <Form.Item name="active" label="账号状态" valuePropName="checked">
          <Switch checkedChildren="启用" unCheckedChildren="停用" data-testid="user-active" />
        </Form.Item>
      )}
    </FormModal>
  );
}
