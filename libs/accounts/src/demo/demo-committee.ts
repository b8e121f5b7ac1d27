import { DataSource, EntityManager } from 'typeorm';
import { Identity, OrganisationKind, Role } from '@sqmy/contract';
import { hashPassword } from '../auth/passwords';
import { newOrganisation, Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoAccount {
  username: string;
  password: string;
  name: string;
  roles: Role[];
  organisation: string;
}

export type DemoRole = 'admin' | 'editor' | 'chiefEditor' | 'analyst' | 'unitAdmin' | 'informant';

export interface DemoCommittee {
  accounts: Record<DemoRole, DemoAccount> & Record<string, DemoAccount>;
  organisations: Record<string, string>;
}

const TREE: [name: string, kind: OrganisationKind, parent: string | null][] = [
  ['全国政协', OrganisationKind.National, null],
  ['山西省政协', OrganisationKind.Provincial, '全国政协'],
  ['晋中市政协', OrganisationKind.City, '山西省政协'],
  ['榆次区政协', OrganisationKind.County, '晋中市政协'],
  ['太谷区政协', OrganisationKind.County, '晋中市政协'],
  ['民盟晋中市委会', OrganisationKind.Unit, '晋中市政协'],
  ['民革晋中市委会', OrganisationKind.Unit, '晋中市政协'],
  ['晋中市工商联', OrganisationKind.Unit, '晋中市政协'],
  ['市政协农业和农村委员会', OrganisationKind.Unit, '晋中市政协'],
];

const PEOPLE: [key: string, username: string, name: string, roles: Role[], organisation: string, identity: Identity | null][] = [
  ['admin', 'admin', '系统管理员', [Role.Admin], '晋中市政协', null],
  ['editor', 'editor', '李编辑', [Role.Editor], '晋中市政协', null],
  ['editor2', 'editor2', '赵编辑', [Role.Editor], '晋中市政协', null],
  ['chiefEditor', 'chief', '王主任', [Role.ChiefEditor], '晋中市政协', null],
  ['analyst', 'analyst', '孙分析', [Role.Analyst], '晋中市政协', null],
  ['unitAdmin', 'unitadmin', '周联络', [Role.UnitAdmin, Role.Informant], '民盟晋中市委会', Identity.Liaison],
  ['informant', 'informant', '张信息', [Role.Informant], '民盟晋中市委会', Identity.SpecialInformant],
  ['member', 'member', '陈委员', [Role.Informant], '晋中市工商联', Identity.Member],
  ['informant2', 'informant2', '刘信息', [Role.Informant], '市政协农业和农村委员会', Identity.SpecialInformant],
];

/**
 * The demo committee 晋中市政协 with its reporting units and one person per role, all with the
 * password `Demo@2026`. Loaded only into an empty database; returns null when there is data already.
 */
export async function seedDemoCommittee(dataSource: DataSource): Promise<DemoCommittee | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE organisation IN EXCLUSIVE MODE');
    if ((await manager.count(Organisation)) > 0) return null;
    const organisations = await createTree(manager);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const accounts: Record<string, DemoAccount> = {};
    for (const [key, username, name, roles, organisation, identity] of PEOPLE) {
      await manager.insert(User, { username, name, roles, identity, passwordHash, organisationId: organisations[organisation] });
      accounts[key] = { username, password: DEMO_PASSWORD, name, roles, organisation };
    }
    return { accounts: accounts as DemoCommittee['accounts'], organisations };
  });
}

async function createTree(manager: EntityManager): Promise<Record<string, string>> {
  const created = new Map<string, Organisation>();
  for (const [name, kind, parentName] of TREE) {
    const parent = parentName ? created.get(parentName)! : null;
    created.set(name, await manager.save(newOrganisation(name, kind, parent)));
  }
  return Object.fromEntries([...created].map(([name, org]) => [name, org.id]));
}
