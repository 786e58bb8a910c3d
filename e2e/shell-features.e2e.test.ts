import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enqueueJob } from '../server/src/platform/jobs/job-runner.js';
import { signIn, startDesk, type Desk } from './harness.js';
import { seeVisible } from './see.js';

// What the features put into the app's frame: the menu (one declaration with the page's guard) and
// the live notices (the jobs feature's notice of a job that failed for good).

let desk: Desk;
beforeAll(async () => {
  desk = await startDesk();
});
afterAll(async () => {
  await desk?.close();
});

describe('the shell in the browser', () => {
  test('an administrator is told live which job failed for good, and why', async () => {
    const { runtime } = desk;
    runtime.deps.jobs.register('test.fail', async () => {
      throw new Error('meter reader offline');
    });
    const { page } = await desk.openBrowser();
    await signIn(page, desk.baseUrl, 'admin');
    await seeVisible(page.getByTestId('live-status').and(page.locator('[data-status="connected"]')));

    const { id: propertyId } = await runtime.deps.database.db
      .selectFrom('properties')
      .select('id')
      .where('code', '=', 'JXHY')
      .executeTakeFirstOrThrow();
    await enqueueJob(runtime.systemContext(), {
      kind: 'test.fail',
      propertyId,
      runAt: Date.now(),
      maxAttempts: 1,
    });
    await runtime.deps.jobs.tick(); // runs whatever is due, this one among them

    // The title, and the job's kind and error (the server sends `error`).
    await seeVisible(
      page
        .locator('.ant-notification-notice', { hasText: '后台任务失败' })
        .filter({ hasText: '任务“test.fail”执行失败：meter reader offline' }),
    );
  });

  test('a receptionist finds the service settings in the menu and reads them', async () => {
    const { page } = await desk.openBrowser();
    await signIn(page, desk.baseUrl, 'frontdesk');
    await page.getByRole('menuitem', { name: '服务配置' }).click();
    await seeVisible(page.getByText('客户服务配置'));
    await seeVisible(page.getByText('您可以查看配置；修改需要“服务配置”权限（客服主管或系统管理员）。'));
    expect(new URL(page.url()).pathname).toBe('/service/config');
  });
});
