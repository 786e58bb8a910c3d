/// <reference types="vite/client" />
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Catalogue } from '../platform/i18n/messages.js';
import { JobRunner } from '../platform/jobs/job-runner.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { MODULES } from './index.js';

const here = new URL('.', import.meta.url).pathname;
const moduleFolders = readdirSync(here).filter((f) => statSync(join(here, f)).isDirectory());

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t.close());

describe('the module list', () => {
  it('names every module folder once, and each folder has its definition in index.ts', () => {
    expect(MODULES.map((m) => m.name).sort()).toEqual([...moduleFolders].sort());
    expect(new Set(MODULES.map((m) => m.name)).size).toBe(MODULES.length);
  });

  it('registers every catalogue a module folder holds', () => {
    const files = import.meta.glob<Record<string, Catalogue>>('./*/*.messages.ts', { eager: true });
    const registered = new Set(MODULES.map((m) => m.messages));
    const catalogues = Object.entries(files).flatMap(([file, exports]) =>
      Object.values(exports).map((catalogue) => ({ file, catalogue })),
    );
    expect(catalogues.length).toBeGreaterThan(3);
    expect(catalogues.filter((c) => !registered.has(c.catalogue)).map((c) => c.file)).toEqual([]);
  });

  it('registers the jobs of the module list, and no route registration adds any', async () => {
    const kinds = t.runtime.deps.jobs.registeredKinds();
    const declared = MODULES.flatMap((m) => Object.keys(m.jobs?.(t.runtime.deps) ?? {}));
    expect(kinds).toEqual(['platform.purge-sessions', ...declared]);
    expect(declared).toEqual(
      expect.arrayContaining(['lease.reminder', 'service.deadline', 'notification.deliver']),
    );
    // Building the app again with a fresh runner: mounting every route registers no job.
    const jobs = new JobRunner(t.runtime.deps.database, t.runtime.deps.clock, t.runtime.deps.events);
    const app = await buildApp({ ...t.runtime.deps, jobs });
    expect(jobs.registeredKinds()).toEqual([]);
    await app.close();
  });
});
