import { Browser } from 'playwright-core';
import { DemoAccounts, seedDemo } from '../support/demo';
import { DisposablePostgres } from '../support/disposable-postgres';
import { createTestApp, TestApp } from '../support/test-app';
import { launchBrowser, withPage } from './browser';
import { logIn } from './shell-actions';

/** The web app on an API whose PostgreSQL server is this test's own, stopped and started while someone works. */
describe('web app during a PostgreSQL restart', () => {
  let postgres: DisposablePostgres;
  let server: TestApp;
  let accounts: DemoAccounts;
  let browser: Browser;

  beforeAll(async () => {
    postgres = await DisposablePostgres.start();
    server = await createTestApp({ web: true, databaseUrl: postgres.url });
    accounts = await seedDemo(server.dataSource);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await postgres?.restart();
    await server?.close();
    await postgres?.destroy();
  }, 180_000);

  it('an editor who reloads while the database is away stays signed in, is told calmly, and carries on once it is back', () =>
    withPage(browser, server.url, 'outage-reload', async (tab) => {
      await tab.goto('/login');
      await logIn(tab, accounts.editor);

      await postgres.stop();
      await tab.reload();
      const notice = tab.getByText('服务暂时不可用，正在重试');
      // Signed out, the page would go to /login; kept, it says it is retrying.
      await Promise.race([notice.waitFor({ timeout: 30_000 }), tab.waitForURL((url) => url.pathname === '/login', { timeout: 30_000 })]);
      expect(new URL(tab.url()).pathname).toBe('/');
      expect(await tab.evaluate("localStorage.getItem('sqmy.refreshToken')")).not.toBeNull();
      await notice.waitFor();

      await postgres.restart();
      // The client tries again after the API's Retry-After; the same session is checked and the page comes back.
      await tab.getByTestId('current-user-name').filter({ hasText: accounts.editor.name }).waitFor({ timeout: 60_000 });
      await notice.waitFor({ state: 'detached', timeout: 10_000 });
      expect(new URL(tab.url()).pathname).toBe('/');
    }), 180_000);
});
