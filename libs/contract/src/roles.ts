/** The roles of DESIGN.md. A user holds one or more. */
export enum Role {
  Informant = 'informant',
  UnitAdmin = 'unit_admin',
  Editor = 'editor',
  ChiefEditor = 'chief_editor',
  Analyst = 'analyst',
  Admin = 'admin',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Informant]: '信息员',
  [Role.UnitAdmin]: '单位联络员',
  [Role.Editor]: '编辑',
  [Role.ChiefEditor]: '审核签发',
  [Role.Analyst]: '统计分析',
  [Role.Admin]: '系统管理员',
};

/** What kind of informant a person is (身份). */
export enum Identity {
  SpecialInformant = 'special_informant',
  Member = 'member',
  Liaison = 'liaison',
}

export const IDENTITY_LABELS: Record<Identity, string> = {
  [Identity.SpecialInformant]: '特邀信息员',
  [Identity.Member]: '政协委员',
  [Identity.Liaison]: '联络员',
};

/** Levels of the organisation tree: 全国政协 → 省政协 → 市政协 → 县(市、区)政协, and 报送单位 under a committee. */
export enum OrganisationKind {
  National = 'national',
  Provincial = 'provincial',
  City = 'city',
  County = 'county',
  Unit = 'unit',
}

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  [OrganisationKind.National]: '全国政协',
  [OrganisationKind.Provincial]: '省级政协',
  [OrganisationKind.City]: '市级政协',
  [OrganisationKind.County]: '县级政协',
  [OrganisationKind.Unit]: '报送单位',
};

/** Which kinds may hang under which: the tree's shape. */
export const ALLOWED_PARENT_KINDS: Record<OrganisationKind, OrganisationKind[]> = {
  [OrganisationKind.National]: [],
  [OrganisationKind.Provincial]: [OrganisationKind.National],
  [OrganisationKind.City]: [OrganisationKind.Provincial],
  [OrganisationKind.County]: [OrganisationKind.City],
  [OrganisationKind.Unit]: [OrganisationKind.National, OrganisationKind.Provincial, OrganisationKind.City, OrganisationKind.County],
};
