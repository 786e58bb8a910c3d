import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseOption, signIn, startDesk, type Desk } from './harness.js';
import { seeHidden, seeText, seeVisible } from './see.js';

// Issue 4's walk through the register with five people at five screens: the receptionist logs a
// major walk-in complaint, the supervisor's register shows it live, the manager's screen alerts at
// once and they acknowledge it, the engineer claims and completes the work, and the desk records
// the follow-up call.

// antd spaces out a two-character button label (完 成).
const DONE = /^完\s?成$/;
// A quick typist, not a machine: each character as its own key event, 30 ms apart.
const TYPING = { delay: 30 };

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => {
  await desk?.close();
});

async function signedIn(username: string): Promise<Page> {
  const { page } = await desk.openBrowser();
  await signIn(page, desk.baseUrl, username);
  await seeVisible(page.getByRole('menuitem').first());
  return page;
}

const recordRow = (number: string) =>
  desk.runtime.deps.database.db
    .selectFrom('service_records')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirstOrThrow();

describe('the service register in the browser', () => {
  test('a major walk-in complaint: logged, acknowledged live by the manager, completed by engineering, followed up', async () => {
    // The manager is at their screen and the supervisor at the register when the complaint is logged.
    const manager = await signedIn('manager');
    const supervisor = await signedIn('supervisor');
    await supervisor.goto(`${desk.baseUrl}/service/records`);
    await seeVisible(supervisor.locator('.ant-table'));

    const reception = await signedIn('frontdesk');
    await reception.goto(`${desk.baseUrl}/service/new`);
    await seeVisible(reception.getByTestId('desk-submit'));
    await reception.getByLabel('称呼').fill('刘女士');
    await reception.getByTestId('desk-kind-complaint').click();
    await reception.locator('label', { hasText: /^重大$/ }).click();
    await reception.getByTestId('desk-content').fill('电梯停运两小时无人处理，老人被困在家');
    await chooseOption(reception, reception.getByLabel('派往部门'), '工程部');
    await reception.keyboard.press('Control+Enter');
    const saved = reception.getByTestId('desk-saved');
    await seeText(saved, /KF-\d{8}-\d{4}/);
    const number = /KF-\d{8}-\d{4}/.exec((await saved.textContent()) ?? '')![0];
    const record = await recordRow(number);
    expect(record).toMatchObject({ kind: 'complaint', severity: 'major', channel: 'walk_in', status: 'new' });

    // Without a reload, the supervisor's register shows it and the manager's screen alerts; the
    // manager acknowledges from the alert.
    await seeVisible(supervisor.locator('.ant-table').getByText(number));
    const alert = manager.locator('.ant-notification-notice', { hasText: number });
    await seeVisible(alert);
    await alert.getByRole('button', { name: '确认知悉' }).click();
    await seeHidden(alert);
    const acknowledged = await recordRow(number);
    expect(acknowledged.acknowledged_at).not.toBeNull();

    // Engineering claims the record and completes it with the result.
    const engineer = await signedIn('engineer');
    await engineer.goto(`${desk.baseUrl}/service/records/${record.id}`);
    await engineer.getByRole('button', { name: '我来处理' }).click();
    await seeVisible(engineer.getByRole('button', { name: DONE }));
    await engineer.getByRole('button', { name: DONE }).click();
    const completeDialog = engineer.locator('.ant-modal');
    await completeDialog.getByLabel('处理结果').fill('已恢复电梯运行并上门致歉');
    await completeDialog.getByRole('button', { name: DONE }).click();
    await seeHidden(completeDialog);
    expect(await recordRow(number)).toMatchObject({ status: 'done', result: '已恢复电梯运行并上门致歉' });

    // The desk calls back: the customer is satisfied, and the record is followed up.
    await reception.goto(`${desk.baseUrl}/service/follow-ups`);
    await reception.getByRole('tab', { name: '全部待回访' }).click();
    const row = reception.locator('tr', { hasText: number });
    await row.getByRole('button', { name: '记录回访' }).click();
    const callDialog = reception.locator('.ant-modal');
    await callDialog.locator('label', { hasText: '已联系上' }).click();
    await callDialog.locator('label', { hasText: /^1\s*非常满意$/ }).click();
    await callDialog.locator('.ant-btn-primary').click();
    await seeHidden(row);
    const followed = await recordRow(number);
    expect(followed.status).toBe('followed_up');
    expect(followed.satisfaction).toBe('very_satisfied');
  });

  test('a walk-in inquiry answered at the desk is logged without touching the mouse', async () => {
    const reception = await signedIn('frontdesk');
    await reception.goto(`${desk.baseUrl}/service/new`);
    await seeVisible(reception.getByTestId('desk-submit'));
    const keys = reception.keyboard;
    // The customer search has the focus; Tab leads to an unregistered caller's name.
    await seeVisible(reception.locator('input[aria-label="查找客户"]:focus'));
    await keys.press('Tab');
    await keys.type('王女士', TYPING);
    await keys.press('Alt+1'); // 咨询, and on to the content
    await seeVisible(reception.locator('[data-testid="desk-content"]:focus'));
    await keys.type('请问物业费可以用微信交吗？', TYPING);
    await keys.press('Tab');
    await keys.press('Space'); // answered at the desk
    await keys.press('Tab');
    // Like a person, the test looks for the caret before typing on.
    await seeVisible(reception.locator('[data-testid="desk-answer"]:focus'));
    await keys.type('可以，在客服中心扫码或在业主端缴费。', TYPING);
    await keys.press('Control+Enter');
    const saved = reception.getByTestId('desk-saved');
    await seeText(saved, /KF-\d{8}-\d{4}/);
    const number = /KF-\d{8}-\d{4}/.exec((await saved.textContent()) ?? '')![0];
    expect(await recordRow(number)).toMatchObject({
      kind: 'inquiry',
      channel: 'walk_in',
      customer_name: '王女士',
      status: 'closed',
      resolution: 'answered_at_desk',
      result: '可以，在客服中心扫码或在业主端缴费。',
    });
  });
});
