import { permissionsOf, ROLE_LABELS } from '@sqmy/contract';
import { canSee, MENU } from '../../apps/web/src/layout/menu';
import { rosterXlsx } from '../support/roster';
import { useWebApp } from './browser';
import {
  changePassword,
  fillLogin,
  logIn,
  logOut,
  openMenu,
  pickOption,
  pickTreeOption,
  uploadRoster,
  waitForUnreadCount,
} from './shell-actions';

/**
 * The shell of the web app in a real browser against the real API: login, the role-aware
 * menu (expected entries come from the app's own menu table), account and notifications.
 */
describe('web app shell', () => {
  const web = useWebApp();
  const page = web.page;

  const demoRoles = ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst', 'admin'] as const;

  it.each(demoRoles)('%s logs in, sees exactly the menu of the roles, and logs out', (demoRole) =>
    page(`menu-${demoRole}`, async (tab) => {
      const account = web.accounts[demoRole];
      await tab.goto('/');
      await tab.waitForURL((url) => url.pathname === '/login');

      await logIn(tab, account);
      expect(await tab.getByTestId('current-user-name').textContent()).toBe(account.name);
      expect(await tab.getByTestId('current-user-org').textContent()).toBe(account.organisation);
      const welcome = await tab.getByTestId('welcome-card').textContent();
      for (const role of account.roles) expect(welcome).toContain(ROLE_LABELS[role]);

      for (const entry of MENU) {
        const item = tab.getByTestId(`menu-${entry.key}`);
        if (canSee(entry, permissionsOf(account.roles))) await item.waitFor();
        else expect(await item.count()).toBe(0);
      }
      const screens = MENU.filter((entry) => canSee(entry, permissionsOf(account.roles)) && !entry.external);
      for (const entry of screens) {
        await openMenu(tab, entry.key);
        await tab.reload(); // every route survives a full page load
        await tab.getByTestId('page-title').filter({ hasText: entry.label }).waitFor();
      }

      await logOut(tab);
      await tab.goto('/notifications');
      await tab.waitForURL((url) => url.pathname === '/login');
    }),
  );

  it('a wrong password shows the error in Chinese and stays on the login page', () =>
    page('wrong-password', async (tab) => {
      await fillLogin(tab, { username: web.accounts.editor.username, password: 'not-the-password-1' });
      expect(await tab.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
      expect(new URL(tab.url()).pathname).toBe('/login');
    }),
  );

  it('the admin creates a reporting unit and an informant in it, who can then log in', async () => {
    const unitName = `测试报送单位${Date.now() % 100000}`;
    const informant = { username: `ui${Date.now() % 1000000}`, password: 'Informant2026', name: '网页新建信息员' };

    await page('admin-creates', async (tab) => {
      await logIn(tab, web.accounts.admin);
      await openMenu(tab, 'organisations');
      await tab.getByTestId(`org-node-${web.accounts.admin.organisation}`).click();
      await tab.getByTestId('create-child-organisation').click();
      await tab.getByTestId('organisation-name').fill(unitName);
      await pickOption(tab, 'organisation-kind', '报送单位');
      await tab.getByTestId('organisation-ok').click();
      await tab.getByTestId(`org-node-${unitName}`).waitFor();

      await openMenu(tab, 'users');
      await tab.getByTestId('create-user').click();
      await tab.getByTestId('user-username').fill(informant.username);
      await tab.getByTestId('user-name').fill(informant.name);
      await tab.getByTestId('user-phone').fill('13912345678');
      await tab.getByTestId('user-password').fill(informant.password);
      await pickOption(tab, 'user-roles', ROLE_LABELS.informant);
      await tab.keyboard.press('Escape');
      await pickTreeOption(tab, 'user-organisation', unitName);
      await pickOption(tab, 'user-identity', '特邀信息员');
      await tab.getByTestId('user-ok').click();
      await tab.getByTestId('user-table').getByText(informant.username, { exact: true }).waitFor();
    });

    await page('new-user-logs-in', async (tab) => {
      await logIn(tab, informant);
      expect(await tab.getByTestId('current-user-name').textContent()).toBe(informant.name);
      expect(await tab.getByTestId('current-user-org').textContent()).toBe(unitName);
      await tab.getByTestId('menu-my-items').waitFor();
    });
  });

  it('an informant changes the password, logs out, and logs in with the new one only', () =>
    page('change-password', async (tab) => {
      const account = web.accounts.informant;
      const newPassword = 'Changed2026pw';
      await logIn(tab, account);
      await changePassword(tab, account.password, newPassword);
      await logOut(tab);

      await fillLogin(tab, account);
      expect(await tab.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
      await logIn(tab, { username: account.username, password: newPassword });
    }),
  );

  it('a password change arrives as a notification: the bell counts it, the list shows it, mark all read clears it', () =>
    page('notifications', async (tab) => {
      const account = web.accounts.analyst;
      await logIn(tab, account);
      expect(await tab.getByTestId('notification-bell').getAttribute('data-unread')).toBe('0');
      await changePassword(tab, account.password, 'Analyst2026pw');

      expect(await waitForUnreadCount(tab)).toBeGreaterThanOrEqual(1);
      await tab.getByTestId('notification-bell').click();
      await tab.waitForURL((url) => url.pathname === '/notifications');
      const unread = tab.locator('[data-testid="notification-item"][data-unread="true"]');
      await unread.filter({ hasText: '密码已修改' }).waitFor();

      await tab.getByTestId('mark-all-read').click();
      await tab.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor();
      await tab.locator('[data-testid="notification-item"][data-unread="false"]').filter({ hasText: '密码已修改' }).waitFor();
      expect(await unread.count()).toBe(0);
    }),
  );

  it('a unit admin imports a roster: a bad row is listed and nothing written, a good roster shows the new accounts', () =>
    page('roster-import', async (tab) => {
      const unitAdmin = web.accounts.unitAdmin;
      await logIn(tab, unitAdmin);
      await openMenu(tab, 'unit-informants');
      await tab.getByTestId('import-roster').click();

      await uploadRoster(tab, await rosterXlsx([['钱信息', '1380000', unitAdmin.organisation, '特邀信息员']]));
      await tab.getByTestId('roster-errors').getByText('第2行 手机号').waitFor();

      await uploadRoster(tab, await rosterXlsx([['钱信息', '13800001111', unitAdmin.organisation, '特邀信息员']]));
      await tab.getByTestId('roster-accounts').getByText('13800001111').waitFor();
      await tab.keyboard.press('Escape');
      await tab.getByTestId('user-table').getByText('钱信息').waitFor();
    }),
  );

  it('a stale access token is renewed with the refresh token; when that fails too, the login page opens', () =>
    page('token-refresh', async (tab) => {
      await logIn(tab, web.accounts.editor);
      await tab.evaluate("localStorage.setItem('sqmy.accessToken', 'stale')");
      await tab.reload();
      await tab.getByTestId('welcome-card').waitFor();
      expect(await tab.evaluate("localStorage.getItem('sqmy.accessToken')")).not.toBe('stale');

      await tab.evaluate("localStorage.setItem('sqmy.accessToken', 'stale'); localStorage.setItem('sqmy.refreshToken', 'stale')");
      await tab.reload();
      await tab.waitForURL((url) => url.pathname === '/login');
    }),
  );

  it('a screen of another role answers 无权访问', () =>
    page('forbidden', async (tab) => {
      await logIn(tab, web.accounts.informant2);
      await tab.goto('/unit/informants');
      await tab.getByTestId('forbidden').getByText('无权访问').waitFor();
    }),
  );

  it('队列监控 opens Bull Board of the API for the admin; visited directly, it asks to log in first', () =>
    page('queues', async (tab) => {
      await tab.goto('/admin/queues');
      await tab.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/admin/queues');
      await fillLogin(tab, web.accounts.admin);
      await tab.waitForURL((url) => url.pathname === '/admin/queues');

      await tab.goto('/');
      await tab.getByTestId('menu-queues').click();
      await tab.waitForURL((url) => url.pathname === '/admin/queues');
      expect(await tab.getByTestId('app-layout').count()).toBe(0);
    }),
  );
});
