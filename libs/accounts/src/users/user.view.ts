import { Identity, OrganisationKind, Permission, permissionsOf, Role } from '@sqmy/contract';
import { Organisation } from '../organisations/organisation.entity';
import { User } from './user.entity';

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** A user as the admin screens show them. */
export interface UserView {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  roles: Role[];
  identity: Identity | null;
  active: boolean;
  organisation: OrganisationRef;
  createdAt: Date;
}

/** The signed-in person's own account (`GET /auth/me`). */
export interface AccountView extends Omit<UserView, 'active' | 'createdAt'> {
  committee: { id: string; name: string } | null;
  /** What the person may do (GRANTS of their roles): the web shows its menu and buttons by these. */
  permissions: Permission[];
}

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
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    phone: user.phone,
    roles: user.roles,
    identity: user.identity,
    organisation: orgRef(user.organisation!),
    committee: committee ? { id: committee.id, name: committee.name } : null,
    permissions: permissionsOf(user.roles),
  };
}
