import { Page } from 'playwright-core';
import type { ItemStatus } from '@sqmy/contract';
import { expectStatus } from './item-actions';
import { pickOption } from './shell-actions';

/** What editors and chief editors do on the desk in the web app, in the words of the UI. */

/** A status as the page writes it in `data-status`. */
type Status = `${ItemStatus}`;

/** A move of the item page that opens a dialog: fills the comment (if any) and confirms; waits for the new state. */
export async function moveWithComment(page: Page, move: string, comment: string | undefined, to: Status): Promise<void> {
  await page.getByTestId(`move-${move}`).click();
  if (comment !== undefined) await page.getByTestId(`move-${move}-comment`).fill(comment);
  await page.getByTestId(`move-${move}-ok`).click();
  await expectStatus(page, to);
}

/** The desk list's row of an item. */
export function deskRow(page: Page, id: string, status?: Status) {
  return page.locator(`[data-testid="desk-items"] tr[data-item-id="${id}"]${status ? `[data-status="${status}"]` : ''}`);
}

/** The text of the inserted and of the deleted runs of a diff view, each joined. */
export async function diffRuns(page: Page, scope = page.getByTestId('version-diff').first()): Promise<{ inserted: string; deleted: string }> {
  await scope.getByTestId('diff-body').waitFor();
  const inserted = (await scope.getByTestId('diff-insert').allTextContents()).join('');
  const deleted = (await scope.getByTestId('diff-delete').allTextContents()).join('');
  return { inserted, deleted };
}

/**
 * Picks a reject reason and makes sure its list is closed (it would cover the dialog's buttons):
 * waits for the reasons to load first, and under a loaded machine, where antd may keep the list
 * open after the pick, closes it by clicking the dialog's title.
 */
export async function pickReason(page: Page, label: string): Promise<void> {
  const select = page.getByTestId('reject-reason');
  await page.locator('.ant-modal:visible .ant-select:not(.ant-select-loading)').waitFor();
  await pickOption(page, 'reject-reason', label);
  await select.filter({ hasText: label }).waitFor();
  const list = page.locator('.ant-select-dropdown:visible');
  await list.waitFor({ state: 'hidden', timeout: 3_000 }).catch(async () => {
    await page.locator('.ant-modal:visible .ant-modal-title').click();
    await list.waitFor({ state: 'hidden' });
  });
}
