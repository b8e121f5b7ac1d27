import { Page } from 'playwright-core';

/** What editors, authors and analysts do with outcomes (报送与采用) in the web app, in the words of the UI. */

/**
 * Picks an option of a Select in the open dialog and makes sure its list is closed (it could cover
 * the buttons). Waits for the options to load first; under a loaded machine a click on an option of
 * a list still moving with the dialog's opening can be lost, so the pick is tried again.
 */
export async function pickInDialog(page: Page, selectTestId: string, label: string): Promise<void> {
  const select = page.getByTestId(selectTestId);
  await page.locator(`[data-testid="${selectTestId}"]:not(.ant-select-loading)`).waitFor();
  const list = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if ((await list.count()) === 0) await select.click();
    await list.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
    try {
      await select.filter({ hasText: label }).waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await list.waitFor({ state: 'hidden', timeout: 3_000 }).catch(async () => {
    await page.locator('.ant-modal:visible .ant-modal-title').click();
    await list.waitFor({ state: 'hidden' });
  });
}

/** Waits until the dialog has finished opening: a click during its zoom-in can miss. */
export async function waitForDialog(page: Page): Promise<void> {
  await page.locator('.ant-modal:visible:not([class*="zoom-appear"]):not([class*="zoom-enter"])').waitFor();
}

/** The text input of an antd field (a date picker, a number input) whose test id sits on it or around it. */
export function inputOf(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Types a date (YYYY-MM-DD) into an antd DatePicker and confirms it. */
export async function fillDate(page: Page, testId: string, date: string): Promise<void> {
  const input = inputOf(page, testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** The header of a 台账 as the import reads it. */
export const LEDGER_HEADER = ['编号', '标题', '作者', '报送单位', '类别', '来稿日期', '市级编发期号', '报送省政协日期', '报送全国政协日期', '省政协采用', '全国政协采用', '领导批示', '备注'];

/** A UTF-8 .csv 台账: the header and one line per row, each row by header name (missing ones blank). */
export function ledgerCsv(rows: Record<string, string>[]): Buffer {
  const line = (cells: string[]) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  return Buffer.from([line(LEDGER_HEADER), ...rows.map((row) => line(LEDGER_HEADER.map((name) => row[name] ?? '')))].join('\n') + '\n', 'utf8');
}

/** Drops a 台账 file onto the import page; returns once the upload was answered. */
export async function uploadLedger(page: Page, name: string, csv: Buffer): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/imports/ledger'));
  await page.getByTestId('ledger-upload').locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: csv });
  await answered;
}

/** Waits until the import shown has finished with this status. */
export async function waitForImport(page: Page, status: 'succeeded' | 'failed'): Promise<void> {
  await page.locator(`[data-testid="import-progress"][data-status="${status}"]`).waitFor({ timeout: 60_000 });
}

/** The rows of the import's error table as `行|列`. */
export async function importErrorCells(page: Page): Promise<string[]> {
  const rows = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  const cells: string[] = [];
  for (const row of await rows.all()) {
    const [line, column] = await row.locator('td').allTextContents();
    cells.push(`${line}|${column}`);
  }
  return cells;
}

/** The figure a card of 年度统计 shows, once it shows this one (the page loads while filters change). */
export async function waitForFigure(page: Page, key: string, value: number): Promise<void> {
  await page.locator(`[data-testid="stat-${key}"][data-value="${value}"]`).waitFor();
}

/** The row of the 年度统计 units table for a unit, as its counts. */
export async function unitFigures(page: Page, unitName: string): Promise<Record<string, number>> {
  const row = page.locator(`[data-testid="stats-units"] tr[data-unit="${unitName}"]`);
  await row.waitFor();
  const figures: Record<string, number> = {};
  for (const cell of await row.locator('td[data-column]').all()) figures[(await cell.getAttribute('data-column'))!] = Number(await cell.textContent());
  return figures;
}
