import { Page } from 'playwright-core';

/** What editors and chief editors do with bulletin issues in the web app, in the words of the UI. */

/** The draft's items, in their order on the page. */
export async function builderOrder(page: Page): Promise<string[]> {
  const rows = page.getByTestId('issue-items').getByTestId('issue-item');
  const ids: string[] = [];
  for (const row of await rows.all()) ids.push((await row.getAttribute('data-item-id'))!);
  return ids;
}

/** Waits until the draft's items are in that order (a drop is shown at once, then saved). */
export async function waitForOrder(page: Page, expected: string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await builderOrder(page);
  while (actual.join() !== expected.join()) {
    if (Date.now() > deadline) throw new Error(`items in order ${actual.join()}, expected ${expected.join()}`);
    await page.waitForTimeout(200);
    actual = await builderOrder(page);
  }
}

/** Drags the item by its handle onto the place of another (a real pointer drag, as a person does it). */
export async function dragItem(page: Page, itemId: string, ontoItemId: string): Promise<void> {
  const row = (id: string) => page.locator(`[data-testid="issue-item"][data-item-id="${id}"]`);
  const handle = await row(itemId).getByTestId('issue-item-handle').boundingBox();
  const target = await row(ontoItemId).boundingBox();
  if (!handle || !target) throw new Error('the rows to drag are not on the page');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 8, { steps: 4 }); // past the sensor's activation distance
  await page.mouse.move(x, target.y + target.height / 4, { steps: 20 });
  await page.mouse.up();
}

/** The article titles of the layout on the page (preview or print view), in order. */
export async function sheetTitles(page: Page): Promise<string[]> {
  await page.getByTestId('bulletin-sheet').waitFor();
  return page.getByTestId('bulletin-article-title').allTextContents();
}

/** The date of today in the committee's calendar, as the masthead writes it: 2026年11月30日. */
export function chineseToday(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const part = (type: string) => Number(parts.find((one) => one.type === type)!.value);
  return `${part('year')}年${part('month')}月${part('day')}日`;
}
