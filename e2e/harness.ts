import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { testConfig } from '../server/src/config.js';
import { createRuntime, type Runtime } from '../server/src/runtime.js';
import { seedDemo } from '../server/src/seed/demo-seed.js';

export const DEMO_PASSWORD = 'qiantai-demo';
const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));

// Debian's Chromium, never a downloaded browser; flags keep it quiet and offline.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Desk {
  baseUrl: string;
  runtime: Runtime;
  /** A fresh browser profile (no cookies, no saved language) with one page open. */
  openBrowser(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * The real server on a fresh SQLite database with the demo company, serving the built web app. The demo
 * directory (about 2,700 residents, units, cars) is opt-in, as in the API test harness: it takes a while.
 */
export async function startDesk(opts: { demoDirectory?: boolean } = {}): Promise<Desk> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run npm run build:web');
  const scratch = mkdtempSync(join(tmpdir(), 'qiantai-e2e-'));
  const runtime = await createRuntime(testConfig({ dataDir: join(scratch, 'data'), webDist: WEB_DIST }));
  await seedDemo(runtime.systemContext(), runtime.deps, { directory: opts.demoDirectory });
  const baseUrl = await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const contexts: BrowserContext[] = [];

  return {
    baseUrl,
    runtime,
    async openBrowser() {
      const context = await chromium.launchPersistentContext(mkdtempSync(join(scratch, 'profile-')), {
        executablePath: '/usr/bin/chromium',
        headless: true,
        locale: 'zh-CN',
        viewport: { width: 1366, height: 860 },
        args: CHROMIUM_ARGS,
      });
      contexts.push(context);
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(15_000);
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await runtime.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form, as a person would: type, press Enter. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByLabel(/^(密码|Password)$/).press('Enter');
}

/**
 * Opens an antd Select (found by its label) and picks the option with this text. On a busy machine a
 * click can land while the list is still animating in and be lost, so the pick is confirmed: a
 * single select closes its list, a multiple one marks the option selected; otherwise it is retried.
 */
export async function chooseOption(page: Page, select: Locator, optionText: string) {
  // This select's own list (rc-select names it <id>_list): another select's list may still be
  // fading out.
  const listId = `${await select.getAttribute('id')}_list`;
  const openList = page.locator('.ant-select-dropdown:visible', { has: page.locator(`[id="${listId}"]`) });
  const option = openList.locator('.ant-select-item-option', { hasText: optionText });
  for (let attempt = 1; ; attempt++) {
    if (!(await openList.count())) await select.click();
    await option.click();
    const picked = await waitUntil(
      async () =>
        (await openList.count()) === 0 ||
        // antd's virtual list marks a picked option by class, not aria-selected.
        /\bant-select-item-option-selected\b/.test(
          (await option
            .first()
            .getAttribute('class')
            .catch(() => null)) ?? '',
        ),
      3_000,
    );
    if (picked) break;
    if (attempt === 3) throw new Error(`could not pick "${optionText}"`);
  }
  // A multiple select stays open after a pick; Escape closes it (and must not reach the modal).
  if (await openList.count()) await page.keyboard.press('Escape');
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
