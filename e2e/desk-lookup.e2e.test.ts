import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Me, Person, SearchResult } from '../contracts/src/index.js';
import { signIn, startDesk, type Desk } from './harness.js';
import { seeHidden, seeText, seeUrl, seeVisible } from './see.js';

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk({ demoDirectory: true });
});
afterAll(async () => {
  await desk?.close();
});

/** A signed-in API session, to look at the seeded data the way the desk would. */
async function apiAs(username: string) {
  const login = await fetch(`${desk.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'qiantai-demo' }),
  });
  const me = (await login.json()) as Me;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = async <T>(path: string) =>
    (await (await fetch(`${desk.baseUrl}/api/v1${path}`, { headers: { cookie } })).json()) as T;
  return { me, get };
}

const initialsOf = (name: string) =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();

/**
 * A seeded resident with a mobile number whose pinyin initials find them first, under a name no other
 * result shares, so that typing the initials and pressing Enter must open exactly this person.
 */
async function residentFoundFirstByInitials() {
  const { me, get } = await apiAs('frontdesk');
  const propertyId = me.properties[0]!.id;
  const people = await get<{ items: Person[] }>(`/people?propertyId=${propertyId}&pageSize=100`);
  for (const person of people.items.filter((p) => p.mobile && [...p.name].length >= 2)) {
    const initials = initialsOf(person.name);
    const { items } = await get<{ items: SearchResult[] }>(
      `/directory/search?propertyId=${propertyId}&q=${initials}&limit=12`,
    );
    const sameName = items.filter((r) => r.title === person.name);
    if (items[0]?.id === person.id && sameName.length === 1) return { person, initials };
  }
  throw new Error('no seeded resident is found first by their initials');
}

describe('the desk lookup in the browser', () => {
  test('a receptionist finds a resident by initials, reveals the phone for a while, and the admin sees it audited', async () => {
    const { person, initials } = await residentFoundFirstByInitials();
    const masked = person.mobile!;

    const { page } = await desk.openBrowser();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // A controllable clock (that still runs at normal speed) lets the test skip the 30 seconds.
    await page.clock.install();
    await signIn(page, desk.baseUrl, 'frontdesk');
    await seeVisible(page.getByRole('heading', { name: '个人中心' }));

    // "/" focuses the box from anywhere; results come as she types, grouped, with masked phones only.
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: '查找住户、房号或车牌' });
    await expect(box.evaluate((el) => el.ownerDocument.activeElement === el)).resolves.toBe(true);
    await box.pressSequentially(initials, { delay: 60 });
    const first = page.getByTestId('lookup-result').first();
    await seeText(first.locator('strong'), person.name);
    await seeVisible(first.getByText(masked, { exact: false }));
    await seeVisible(first.getByText('首字母'));

    // Enter opens the first result: the person card.
    await box.press('Enter');
    await seeUrl(page, new RegExp(`/directory/people/${person.id}$`));
    await seeText(page.getByTestId('person-name'), person.name);
    await seeText(page.getByTestId('masked-mobile'), masked);

    // "Show" brings the full number, counts down, and masks it again after 30 seconds.
    await page.getByRole('button', { name: '显示完整手机号码' }).click();
    const revealed = page.getByTestId('revealed-mobile');
    await seeText(revealed, /^1\d{10}$/);
    const full = ((await revealed.textContent()) ?? '').trim();
    expect(`${full.slice(0, 3)}****${full.slice(-4)}`).toBe(masked);
    await seeText(page.getByTestId('countdown-mobile'), /^\d{1,2} 秒后隐藏$/);
    await page.clock.fastForward('00:31');
    await seeHidden(revealed);
    await seeText(page.getByTestId('masked-mobile'), masked);
    // The card's own history already lists the reveal.
    await seeVisible(page.getByText('查看了完整的手机号码'));
    expect(pageErrors).toEqual([]);

    // The administrator finds the reveal in the audit log: who, what, which field.
    const admin = (await desk.openBrowser()).page;
    await signIn(admin, desk.baseUrl, 'admin');
    await seeVisible(admin.getByRole('heading', { name: '个人中心' }));
    await admin.getByRole('menuitem', { name: '审计日志' }).click();
    await admin.getByPlaceholder('操作（前缀）').fill('person.reveal');
    await admin.getByPlaceholder('操作（前缀）').press('Enter');
    const row = admin.getByRole('row', { name: /查看完整个人信息/ });
    await seeVisible(row);
    await seeVisible(row.getByRole('cell', { name: 'frontdesk' }));
    await seeVisible(row.getByText(person.id, { exact: false }));
    await row.getByRole('button', { name: /展开|Expand/ }).click();
    await seeVisible(admin.getByText('"field": "mobile"', { exact: false }));
  });
});
