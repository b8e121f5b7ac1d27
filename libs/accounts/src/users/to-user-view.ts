import { AccountView, OrganisationRef, permissionsOf, UserView } from '@sqmy/contract';
import { Organisation } from '../organisations/organisation.entity';
import { User } from './user.entity';

const orgRef = (org: Organisation): OrganisationRef => ({ id: org.id, name: org.name, kind: org.kind });

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    phone: user.phone,
    roles: user.roles,
    identity: user.identity,
    active: user.active,
    organisation: orgRef(user.organisation!),
    createdAt: user.createdAt,
  };
}

export function toAccountView(user: User, committee: Organisation | null): AccountView {
  const { active: _active, createdAt: _createdAt, ...person } = toUserView(user);
  return { ...person, committee: committee ? { id: committee.id, name: committee.name } : null, permissions: permissionsOf(user.roles) };
}
