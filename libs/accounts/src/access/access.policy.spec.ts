import { AccessPolicy } from './access.policy';
import { Permission, Role } from '@sqmy/contract';
import { Principal } from './principal';

// 晋中市政协 /n/p/c/ with the unit 民盟 /n/p/c/u/ and the county 榆次 /n/p/c/y/.
const principal = (roles: Role[], organisationPath: string, committeePath = '/n/p/c/'): Principal => ({
  id: 'me',
  sessionId: 's',
  roles,
  organisationId: 'o',
  organisationPath,
  committeeId: 'c',
  committeePath,
});

describe('AccessPolicy: role AND scope', () => {
  const policy = new AccessPolicy();

  it('an editor reaches the own committee and everything under it, nothing beside or above', () => {
    const editor = principal([Role.Editor], '/n/p/c/');
    expect(policy.can(editor, Permission.UsersRead, { organisationPath: '/n/p/c/u/' })).toBe(true);
    expect(policy.can(editor, Permission.UsersRead, { organisationPath: '/n/p/c/y/' })).toBe(true);
    expect(policy.can(editor, Permission.UsersRead, { organisationPath: '/n/p/other/' })).toBe(false);
    expect(policy.can(editor, Permission.UsersRead, { organisationPath: '/n/p/' })).toBe(false);
    expect(policy.can(editor, Permission.UsersManage, { organisationPath: '/n/p/c/u/' })).toBe(false);
  });

  it('committee-owned data is reached by its own committee\'s desk only, not from the province above nor the county below', () => {
    const editor = principal([Role.Editor], '/n/p/c/');
    const provinceEditor = { ...principal([Role.Editor], '/n/p/', '/n/p/'), committeeId: 'p' };
    const topic = { organisationPath: '/n/p/c/', committeeId: 'c' };
    const countyItem = { organisationPath: '/n/p/c/y/', committeeId: 'y', ownerIds: ['someone'] };
    expect(policy.can(editor, Permission.TopicsManage, topic)).toBe(true);
    expect(policy.can(provinceEditor, Permission.TopicsManage, topic)).toBe(false);
    expect(policy.can(editor, Permission.ItemsScreen, countyItem)).toBe(false);
    // Organisations and people stay reachable down the tree.
    expect(policy.can(provinceEditor, Permission.OrganisationsRead, { organisationPath: '/n/p/c/' })).toBe(true);
    expect(policy.visibility(provinceEditor, Permission.ItemsRead, 'committee')).toEqual({ pathPrefixes: [], committeeIds: ['p'], ownerId: null });
    expect(policy.visibility(provinceEditor, Permission.UsersRead)).toEqual({ pathPrefixes: ['/n/p/'], committeeIds: [], ownerId: null });
  });

  it('an administrator sets up committee-owned data of the committees below (series, rules)', () => {
    const admin = principal([Role.Admin], '/n/p/', '/n/p/');
    expect(policy.can(admin, Permission.BulletinSeriesManage, { organisationPath: '/n/p/c/', committeeId: 'c' })).toBe(true);
  });

  it('a unit liaison reaches the own unit only', () => {
    const liaison = principal([Role.UnitAdmin, Role.Informant], '/n/p/c/u/');
    expect(policy.can(liaison, Permission.UsersManage, { organisationPath: '/n/p/c/u/' })).toBe(true);
    expect(policy.can(liaison, Permission.UsersManage, { organisationPath: '/n/p/c/v/' })).toBe(false);
    expect(policy.can(liaison, Permission.UsersManage, { organisationPath: '/n/p/c/' })).toBe(false);
  });

  it('an informant reaches what they own, and the own organisation when nothing is owned', () => {
    const informant = principal([Role.Informant], '/n/p/c/u/');
    expect(policy.can(informant, Permission.OrganisationsRead, { organisationPath: '/n/p/c/u/' })).toBe(true);
    expect(policy.can(informant, Permission.OrganisationsRead, { organisationPath: '/n/p/c/' })).toBe(false);
    expect(policy.can(informant, Permission.OrganisationsRead, { organisationPath: '/n/p/c/u/', ownerIds: ['someone'] })).toBe(false);
    expect(policy.can(informant, Permission.OrganisationsRead, { organisationPath: '/n/p/c/v/', ownerIds: ['me'] })).toBe(true);
  });

  it('an administrator of a province reaches every committee under it', () => {
    const admin = principal([Role.Admin], '/n/p/', '/n/p/');
    expect(policy.can(admin, Permission.OrganisationsManage, { organisationPath: '/n/p/c/u/' })).toBe(true);
    expect(policy.can(admin, Permission.OrganisationsManage, { organisationPath: '/n/' })).toBe(false);
  });

  it('several roles combine: the permission holds where any granting role reaches', () => {
    const both = principal([Role.Informant, Role.UnitAdmin], '/n/p/c/u/');
    expect(policy.visibility(both, Permission.OrganisationsRead)).toEqual({ pathPrefixes: ['/n/p/c/u/'], committeeIds: [], ownerId: 'me' });
    expect(policy.visibility(both, Permission.QueuesMonitor)).toEqual({ pathPrefixes: [], committeeIds: [], ownerId: null });
  });

  it('assert refuses a missing permission with FORBIDDEN and a target out of reach with OUT_OF_SCOPE', () => {
    const analyst = principal([Role.Analyst], '/n/p/c/');
    expect(() => policy.assert(analyst, Permission.UsersManage)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => policy.assert(analyst, Permission.OrganisationsRead, { organisationPath: '/x/' })).toThrow(
      expect.objectContaining({ code: 'OUT_OF_SCOPE' }),
    );
  });
});
