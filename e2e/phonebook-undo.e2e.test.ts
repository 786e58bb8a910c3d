import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signIn, startDesk, type Desk } from './harness.js';
import { seeHidden, seeVisible } from './see.js';

// A deletion the supervisor regrets is one click away from undone: the line comes back as it was.

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => {
  await desk?.close();
});

/** The supervisor's property's lines of that name, as stored. */
const linesNamed = (name: string) =>
  desk.runtime.deps.database.db
    .selectFrom('phonebook_entries')
    .innerJoin('properties', 'properties.id', 'phonebook_entries.property_id')
    .select(['phonebook_entries.name', 'phone', 'extension', 'note', 'category', 'scope', 'sort'])
    .where('properties.code', '=', 'JXHY')
    .where('phonebook_entries.name', '=', name)
    .execute();

describe('the phone book in the browser', () => {
  test('a deleted number can be put back from the confirmation', async () => {
    const { page } = await desk.openBrowser();
    await signIn(page, desk.baseUrl, 'supervisor');
    await seeVisible(page.getByRole('menuitem').first());
    await page.goto(`${desk.baseUrl}/phonebook`);
    const before = await linesNamed('工程部');
    expect(before).toHaveLength(1);

    const name = page.getByText('工程部', { exact: true });
    await seeVisible(name);
    // The line's own delete button: the nearest ancestor of the name that holds one.
    const line = name.locator('xpath=ancestor::*[.//button[@aria-label="删除"]][1]');
    await line.getByRole('button', { name: '删除' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s?除/ })
      .click();
    await seeHidden(name);
    expect(await linesNamed('工程部')).toEqual([]);

    await page
      .locator('.ant-message')
      .getByRole('button', { name: /撤\s?销/ })
      .click();
    await seeVisible(name);
    expect(await linesNamed('工程部')).toEqual(before);
  });
});
