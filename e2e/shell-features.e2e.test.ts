import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signIn, startDesk, type Desk } from './harness.js';
import { seeVisible } from './see.js';

// What the features put into the app's frame: the menu (one declaration with the page's guard).

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => {
  await desk?.close();
});

describe('the shell in the browser', () => {
  test('a receptionist finds the service settings in the menu and reads them', async () => {
    const { page } = await desk.openBrowser();
    await signIn(page, desk.baseUrl, 'frontdesk');
    await page.getByRole('menuitem', { name: '服务配置' }).click();
    await seeVisible(page.getByText('客户服务配置'));
    await seeVisible(page.getByText('您可以查看配置；修改需要“服务配置”权限（客服主管或系统管理员）。'));
    expect(new URL(page.url()).pathname).toBe('/service/config');
  });
});
