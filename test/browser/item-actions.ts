import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ITEM_STATUS_LABELS, ItemStatus } from '@sqmy/contract';

/** What informants and editors do with items in the web app, in the words of the UI. */

/** A status as the page writes it in `data-status`. */
type Status = `${ItemStatus}`;

/** Waits until the editor's autosave shows 已保存. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').filter({ hasText: '已保存' }).waitFor();
}

/** Types title and body into the open item editor and waits for the autosave. */
export async function writeText(page: Page, title: string, body: string): Promise<void> {
  await page.getByTestId('item-title').fill(title);
  await page.getByTestId('item-body').fill(body);
  await waitSaved(page);
}

/** The id of the item in the address (/my-items/<id>, /my-items/<id>/edit, /desk/items/<id>). */
export function itemIdOf(page: Page): string {
  const match = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`no item id in ${page.url()}`);
  return match[0];
}

/** 报送 (or 修改后重新报送) with its confirmation; waits for the item's page. */
export async function submitItem(page: Page): Promise<void> {
  await page.getByTestId('submit-item').click();
  await page.getByTestId('submit-confirm').click();
  await expectStatus(page, 'submitted');
}

export async function withdrawItem(page: Page): Promise<void> {
  await page.getByTestId('withdraw-item').click();
  await page.getByTestId('withdraw-confirm').click();
  await expectStatus(page, 'draft');
}

/** Waits until the item page shows the status. */
export async function expectStatus(page: Page, status: Status): Promise<void> {
  await page.getByTestId('item-facts').locator(`[data-testid="item-status"][data-status="${status}"]`).filter({ hasText: ITEM_STATUS_LABELS[status] }).waitFor();
}

/** The timeline entries' text, oldest first. */
export async function timeline(page: Page): Promise<string[]> {
  await page.getByTestId('item-timeline').waitFor();
  return page.getByTestId('timeline-entry').allTextContents();
}

/** A minimal PDF written to a temp file of that name. */
export async function minimalPdf(name: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'sqmy-')), name);
  await writeFile(path, Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'));
  return path;
}

/** Chooses the file, or several at once in one file chooser. */
export async function attachFile(page: Page, path: string | string[]): Promise<void> {
  await page.getByTestId('attachment-upload').locator('input[type="file"]').setInputFiles(path);
}
