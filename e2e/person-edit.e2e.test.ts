import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Me, Person } from '../contracts/src/index.js';
import { signIn, startDesk, type Desk } from './harness.js';
import { seeHidden, seeText, seeVisible } from './see.js';

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk({ demoDirectory: true });
});
afterAll(async () => {
  await desk?.close();
});

/** A seeded resident of the receptionist's first property who has a mobile number on file. */
async function residentWithMobile() {
  const login = await fetch(`${desk.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'frontdesk', password: 'qiantai-demo' }),
  });
  const me = (await login.json()) as Me;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const url = `${desk.baseUrl}/api/v1/people?propertyId=${me.properties[0]!.id}&pageSize=50`;
  const { items } = (await (await fetch(url, { headers: { cookie } })).json()) as { items: Person[] };
  const person = items.find((p) => p.mobile);
  if (!person) throw new Error('no seeded resident has a mobile number');
  return person;
}

describe('editing a person in the browser', () => {
  test('a receptionist clears a resident’s mobile: the card shows none and the history lists the change', async () => {
    const person = await residentWithMobile();
    const masked = person.mobile!;
    const { page } = await desk.openBrowser();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await signIn(page, desk.baseUrl, 'frontdesk');
    await seeVisible(page.getByRole('heading', { name: '个人中心' }));

    await page.goto(`${desk.baseUrl}/directory/people/${person.id}`);
    await seeText(page.getByTestId('masked-mobile'), masked);
    await page.getByRole('button', { name: /^edit 编\s*辑$/ }).click();
    const dialog = page.getByRole('dialog', { name: `编辑住户：${person.name}` });
    await seeVisible(dialog);
    // Clicks wait until the dialog has finished zooming in (a click mid-animation can miss its button).
    await page.locator('.ant-modal[class*="zoom"]').waitFor({ state: 'detached' });

    // The mobile shows what is on file; "Clear" marks it for clearing, "Undo" takes that back.
    const mobileNote = dialog.getByTestId('on-file-note').filter({ hasText: masked }).first();
    await seeText(mobileNote, new RegExp(`当前：${masked.replace(/\*/g, '\\*')}，留空则不修改`));
    await mobileNote.getByRole('button', { name: '清除' }).click();
    await seeVisible(mobileNote.getByText('保存时将清除'));
    await mobileNote.getByRole('button', { name: '撤销' }).click();
    await seeVisible(mobileNote.getByText('留空则不修改'));
    await mobileNote.getByRole('button', { name: '清除' }).click();
    expect(await dialog.getByLabel('手机号码').isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await seeHidden(dialog);

    // The card shows no mobile any more; the other personal data is as it was.
    await seeHidden(page.getByTestId('masked-mobile'));
    const contact = page.locator('.ant-descriptions-item', { hasText: '手机号码' }).first();
    await seeVisible(contact.getByText('无'));
    // The history lists the change: the mobile went from the masked number to nothing.
    const change = page.locator('.ant-timeline-item', { hasText: '修改住户' }).first();
    await seeVisible(change.getByText('手机号码：'));
    await seeVisible(change.getByText(masked));
    expect(pageErrors).toEqual([]);
  });
});
