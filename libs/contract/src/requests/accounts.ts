import { Identity, Role } from '../roles';

/** POST /users. */
export interface NewUser {
  username: string;
  name: string;
  phone?: string | null;
  password: string;
  roles: Role[];
  orgId: string;
  identity?: Identity | null;
}

/** PATCH /users/{id}. */
export interface UserChanges extends Partial<Pick<NewUser, 'name' | 'phone' | 'roles' | 'orgId' | 'identity'>> {
  active?: boolean;
}

/** The filters of GET /users. */
export interface UserFilters {
  orgId?: string;
  role?: Role;
  q?: string;
}
