import { DemoAccounts, seedDemo } from '../support/demo';
import { createTestApp, TestApp } from '../support/test-app';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS_DIR = resolve(__dirname, '../../test-results');

/** Debian's chromium, headless, with everything that would reach the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot into test-results/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Runs `work` on a page of a fresh browser context (no cookies, no localStorage) at `baseURL`;
 * on failure leaves a screenshot in test-results/ before rethrowing.
 */
export async function withPage(browser: Browser, baseURL: string, name: string, work: (page: Page) => Promise<void>): Promise<void> {
  // Reduced motion: the app then opens dialogs and lists without animation, so no click lands on a moving target.
  // The committees' calendar: the users are in China, whatever the clock of the machine running the test.
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 860 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    await work(page);
  } catch (error) {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

export interface WebApp {
  /** The real API and worker serving the built web app, with the demo committee loaded. */
  server: TestApp;
  accounts: DemoAccounts;
  /** Runs `work` on a fresh page of the shared browser. */
  page: (name: string, work: (page: Page) => Promise<void>) => Promise<void>;
}

/** Registers the suite's setup: server, demo committee and browser before all tests, closed after. */
export function useWebApp(): WebApp {
  let browser: Browser;
  const web = { page: (name, work) => withPage(browser, web.server.url, name, work) } as WebApp;
  beforeAll(async () => {
    web.server = await createTestApp({ web: true });
    web.accounts = await seedDemo(web.server.dataSource);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web.server?.close();
  });
  return web;
}
