import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seeCount, seeHidden, seeText, seeUrl, seeVisible } from './see.js';
import { chooseOption, signIn, startDesk, type Desk } from './harness.js';

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => {
  await desk?.close();
});

describe('the front desk in the browser', () => {
  test('a receptionist signs in in Chinese, switches to English and signs out', async () => {
    const { page } = await desk.openBrowser();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // Anonymous: the desk sends her to the Chinese login page, which says what the product is.
    await page.goto(`${desk.baseUrl}/`);
    await seeUrl(page, /\/login$/);
    await seeVisible(page.getByRole('heading', { name: '前台 Qiantai' }));
    await seeVisible(page.getByText('物业客服中心前台', { exact: false }));
    await seeVisible(page.getByRole('button', { name: '登 录' }));

    // A wrong password is refused with the server's Chinese message.
    await signIn(page, desk.baseUrl, 'frontdesk', 'not-her-password');
    await seeText(page.getByTestId('login-error'), '用户名或密码错误');

    await signIn(page, desk.baseUrl, 'frontdesk');
    await seeVisible(page.getByRole('heading', { name: '个人中心' }));
    await seeText(page.getByTestId('account-display-name'), '陈晓梅');
    await seeVisible(page.getByText('前台客服').first());
    await seeText(page.getByTestId('current-property'), '锦绣花园（演示）');
    await seeVisible(page.getByTestId('live-status').and(page.getByLabel('实时连接正常')));
    // A receptionist is offered no administration pages.
    await seeCount(page.getByRole('menuitem', { name: '用户管理' }), 0);

    // English, everywhere: our own texts, the server's and antd's (the modal's Cancel button).
    await page.getByText('English', { exact: true }).first().click();
    await seeVisible(page.getByRole('heading', { name: 'My account' }));
    await seeVisible(page.getByText('Receptionist').first());
    await seeText(page.getByTestId('current-property'), 'Jinxiu Garden (demo)');
    await seeVisible(page.getByTestId('live-status').and(page.getByLabel('Live updates connected')));
    await page.getByRole('button', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog');
    await seeVisible(dialog.getByRole('button', { name: 'Cancel' }));
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await seeVisible(dialog.getByText('Current password is required'));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await seeHidden(dialog);

    // The choice survives a reload.
    await page.reload();
    await seeVisible(page.getByRole('heading', { name: 'My account' }));

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await seeUrl(page, /\/login$/);
    await seeVisible(page.getByRole('button', { name: 'Sign in' }));
    // Signed out for real: the home page sends her back to the login page.
    await page.goto(`${desk.baseUrl}/`);
    await seeUrl(page, /\/login$/);

    expect(pageErrors).toEqual([]);
  });

  test('an administrator creates a user, who signs in with the one-time password and must change it', async () => {
    const { page } = await desk.openBrowser();
    await signIn(page, desk.baseUrl, 'admin');
    await seeVisible(page.getByRole('heading', { name: '个人中心' }));

    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await seeVisible(page.getByRole('heading', { name: '用户管理' }));
    await seeVisible(page.getByRole('cell', { name: /陈晓梅/ }));

    await page.getByRole('button', { name: '新建用户' }).click();
    const form = page.getByRole('dialog', { name: '新建用户' });
    await form.getByLabel('用户名').fill('liufang');
    await form.getByLabel('姓名').fill('刘芳');
    await chooseOption(page, form.getByLabel('所属项目'), '锦绣花园（演示）');
    await chooseOption(page, form.getByLabel('部门'), '客服中心');
    await form.getByLabel('姓名').press('Enter');

    // The one-time password is shown once, with a warning and a copy button.
    const issued = page.getByRole('dialog', { name: '一次性密码' });
    await seeVisible(issued.getByText('此密码只显示这一次', { exact: false }));
    await seeVisible(issued.getByRole('button', { name: /复\s?制/ }));
    const oneTimePassword = ((await issued.getByTestId('one-time-password').textContent()) ?? '').trim();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(8);
    await issued.getByRole('button', { name: '我已记下' }).click();
    await seeHidden(issued);
    const row = page.getByRole('row', { name: /刘芳/ });
    await seeVisible(row.getByText('待改密'));

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await seeUrl(page, /\/login$/);

    // The new colleague signs in and can do nothing before choosing a password of her own.
    await signIn(page, desk.baseUrl, 'liufang', oneTimePassword);
    await seeUrl(page, /\/change-password$/);
    await seeVisible(page.getByRole('heading', { name: '请设置新密码' }));
    await page.goto(`${desk.baseUrl}/`);
    await seeUrl(page, /\/change-password$/);

    await page.getByLabel('当前密码').fill(oneTimePassword);
    await page.getByLabel('新密码', { exact: true }).fill('Lotus-Pond-2048');
    await page.getByLabel('确认新密码').fill('Lotus-Pond-2049');
    await page.getByLabel('确认新密码').press('Enter');
    await seeVisible(page.getByText('两次输入的新密码不一致'));
    await page.getByLabel('确认新密码').fill('Lotus-Pond-2048');
    await page.getByLabel('确认新密码').press('Enter');

    await seeVisible(page.getByRole('heading', { name: '个人中心' }));
    await seeText(page.getByTestId('account-display-name'), '刘芳');
    await seeVisible(page.getByText('客服中心'));
  });
});
