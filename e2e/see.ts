import type { Locator, Page } from 'playwright-core';

// Waiting assertions in the spirit of Playwright's `expect`, which playwright-core does not include:
// the page updates asynchronously, so every check retries until it holds or the time is up.
const TIMEOUT_MS = 15_000;

async function eventually(check: () => Promise<string | null>, timeoutMs = TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let problem: string | null = 'not checked';
  while (Date.now() < deadline) {
    problem = await check().catch((e: Error) => e.message);
    if (problem === null) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(problem ?? 'timed out');
}

export async function seeVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
}

export async function seeHidden(locator: Locator): Promise<void> {
  await eventually(async () => ((await locator.isVisible()) ? `${locator} is still visible` : null));
}

export async function seeText(locator: Locator, expected: string | RegExp): Promise<void> {
  await eventually(async () => {
    const actual = ((await locator.first().textContent({ timeout: 1000 })) ?? '').trim();
    const ok = typeof expected === 'string' ? actual === expected : expected.test(actual);
    return ok ? null : `${locator}: expected ${String(expected)}, saw "${actual}"`;
  });
}

export async function seeCount(locator: Locator, expected: number): Promise<void> {
  await eventually(async () => {
    const n = await locator.count();
    return n === expected ? null : `${locator}: expected ${expected} matches, saw ${n}`;
  });
}

export async function seeUrl(page: Page, expected: RegExp): Promise<void> {
  await eventually(async () =>
    expected.test(page.url()) ? null : `URL ${page.url()} does not match ${expected}`,
  );
}
