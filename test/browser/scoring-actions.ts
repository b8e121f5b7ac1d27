import { Download, Locator, Page } from 'playwright-core';
import { Workbook } from 'exceljs';

/** What an analyst, an editor and an admin do on the scoring screens, in the words of the UI. */

/** Clicks an option of an antd Segmented control by its text. */
export async function pickSegment(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).locator('.ant-segmented-item').filter({ hasText: new RegExp(`^${text}$`) }).click();
}

/** Picks an option of a searchable Select in the open dialog by typing its name (a long list only draws what is in view). */
export async function searchInDialog(page: Page, selectTestId: string, name: string): Promise<void> {
  const select = page.getByTestId(selectTestId);
  await select.click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  await select.filter({ hasText: name }).waitFor();
}

/** The ranking table once it shows the period `label` (e.g. 2024年第1季度) and has finished loading. */
export async function rankingRows(page: Page, label: string) {
  const table = page.locator(`[data-testid="rankings-table"][data-period="${label}"]`);
  await table.waitFor();
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  return table.locator('tbody tr.ant-table-row');
}

/** Clicks a button (in `scope`: the page or a row) that downloads a file; returns the download. */
export async function downloadBy(scope: Page | Locator, testId: string): Promise<Download> {
  const page = 'page' in scope ? scope.page() : scope;
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByTestId(testId).first().click()]);
  return download;
}

/** The first row of the first sheet of a downloaded .xlsx. */
export async function xlsxHeader(download: Download): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const values = workbook.worksheets[0].getRow(1).values as unknown[];
  return values.filter((value) => value !== undefined && value !== null).map(String);
}
