import type { Identity, OrganisationKind, Role } from '@sqmy/contract';

/** Chinese names shown in the UI for the API's code values. */
export const ROLE_LABELS: Record<Role, string> = {
  informant: '信息员',
  unit_admin: '单位联络员',
  editor: '编辑',
  chief_editor: '审核签发',
  analyst: '统计分析',
  admin: '系统管理员',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  national: '全国政协',
  provincial: '省政协',
  city: '市政协',
  county: '县(市、区)政协',
  unit: '报送单位',
};

export const IDENTITY_LABELS: Record<Identity, string> = {
  special_informant: '特邀信息员',
  member: '政协委员',
  liaison: '联络员',
};

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
