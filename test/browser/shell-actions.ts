import { Page } from 'playwright-core';
import { menuEntry } from '../../apps/web/src/layout/menu';

/** What a person does in the shell of the web app, in the words of the UI. */

export interface Credentials {
  username: string;
  password: string;
}

export async function fillLogin(page: Page, { username, password }: Credentials): Promise<void> {
  if (new URL(page.url()).pathname !== '/login') await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Logs in through the login page and waits for the workbench. */
export async function logIn(page: Page, credentials: Credentials): Promise<void> {
  await fillLogin(page, credentials);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('app-layout').waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/** Follows a side-menu entry and waits for its screen. */
export async function openMenu(page: Page, key: string): Promise<void> {
  const entry = menuEntry(key);
  await page.getByTestId(`menu-${key}`).click();
  await page.waitForURL((url) => url.pathname === entry.path);
  await page.getByTestId('page-title').filter({ hasText: entry.label }).waitFor();
}

export async function changePassword(page: Page, currentPassword: string, newPassword: string): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-account-settings').click();
  await page.waitForURL((url) => url.pathname === '/account');
  await page.getByTestId('current-password').fill(currentPassword);
  await page.getByTestId('new-password').fill(newPassword);
  await page.getByTestId('confirm-password').fill(newPassword);
  await page.getByTestId('change-password-submit').click();
  await page.locator('.ant-message').getByText('密码已修改').waitFor();
}

/** Picks an option of an antd Select by its visible text. */
export async function pickOption(page: Page, selectTestId: string, optionText: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: optionText }).first().click();
}

/** Picks a node of an antd TreeSelect by searching for its title. */
export async function pickTreeOption(page: Page, selectTestId: string, title: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.keyboard.type(title);
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title').getByText(title, { exact: true }).click();
}

/** The unread count the bell shows, once it is above zero; reloads the page meanwhile (the bell polls only every 30 s). */
export async function waitForUnreadCount(page: Page, timeoutMs = 20_000): Promise<number> {
  const bell = page.locator('[data-testid="notification-bell"]:not([data-unread="0"])');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await bell.waitFor({ timeout: 1_500 });
      return Number(await bell.getAttribute('data-unread'));
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}

/** Drops an .xlsx roster onto the open roster import dialog. */
export async function uploadRoster(page: Page, xlsx: Buffer): Promise<void> {
  await page.getByTestId('roster-upload').locator('input[type="file"]').setInputFiles({
    name: '信息员名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  });
}
