/** Shapes of the HTTP API v1 (docs/api-contract.md). */
import type { Permission } from '@sqmy/contract';

export const ROLES = ['informant', 'unit_admin', 'editor', 'chief_editor', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['national', 'provincial', 'city', 'county', 'unit'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const IDENTITIES = ['special_informant', 'member', 'liaison'] as const;
export type Identity = (typeof IDENTITIES)[number];

export interface OrganisationRef {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface Organisation extends OrganisationRef {
  parentId: string | null;
}

export interface Me {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  roles: Role[];
  identity: Identity | null;
  organisation: OrganisationRef;
  committee: { id: string; name: string } | null;
  /** What the person may do (GRANTS of their roles): the menu and the buttons follow these. */
  permissions: Permission[];
}

export interface User {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  roles: Role[];
  identity: Identity | null;
  active: boolean;
  organisation: OrganisationRef;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: Me;
}

export interface Notification {
  id: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: Notification[];
  unreadCount: number;
  nextBefore: string | null;
}

export interface RosterResult {
  created: number;
  unchanged: number;
  accounts: { name: string; username: string; initialPassword: string }[];
}

export interface ErrorDetail {
  field?: string;
  message: string;
}
