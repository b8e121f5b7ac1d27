import { Permission } from '../permissions';
import { Identity, OrganisationKind, Role } from '../roles';

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** A node of the organisation tree. */
export interface OrganisationView extends OrganisationRef {
  parentId: string | null;
  /** The committee it is, or the one a unit belongs to. */
  committeeId: string;
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

/** A page of GET /users. */
export interface UserPage {
  items: UserView[];
  total: number;
}

/** What signing in and refreshing answer. */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: AccountView;
}

/** A password reset by an administrator: the new one, shown once. */
export interface PasswordReset {
  password: string;
}

/** A roster import: the accounts it made, each with its first password. */
export interface RosterResult {
  created: number;
  unchanged: number;
  accounts: { name: string; username: string; initialPassword: string }[];
}
