import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '../../server/src/config.js';
import { openSqlite } from '../../server/src/db/database.js';
import { findMatches } from '../../server/src/modules/lookup/lookup.service.js';
import { nameSyllables } from '../../server/src/modules/lookup/search-terms.js';
import { systemActor } from '../../server/src/platform/context.js';
import { createRuntime } from '../../server/src/runtime.js';
import { seedDemo } from '../../server/src/seed/demo-seed.js';

// npm run bench:keystrokes — "the right person appears in the top 3 after three keystrokes": on the
// demo residential property (~2,000 residents), for every resident, where do they rank after the
// first three keystrokes of what a receptionist types: pinyin initials (zxm), full pinyin (zha), and
// for comparison the first Chinese characters (two characters of an IME'd name)?

const dir = mkdtempSync(join(tmpdir(), 'qiantai-keystrokes-'));
const handle = openSqlite(join(dir, 'bench.db'), 'normal');
const runtime = await createRuntime(testConfig({ webDist: '/nonexistent', dataDir: dir }), {
  database: handle,
});
try {
  await seedDemo(runtime.systemContext(), runtime.deps, { directory: true });
  const db = handle.db;
  const property = await db
    .selectFrom('properties')
    .select('id')
    .where('code', '=', 'JXHY')
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('property_id', '=', property.id)
    .execute();
  const ctx = { ...runtime.systemContext(), actor: systemActor([property.id]) };

  const typings: Record<string, (name: string) => string> = {
    'initials (3 letters)': (name) => nameSyllables(name).initials.join('').slice(0, 3),
    'full pinyin (3 letters)': (name) => nameSyllables(name).full.join('').slice(0, 3),
    'Chinese (first 2 characters)': (name) => [...name].slice(0, 2).join(''),
  };
  console.log(`${people.length} residents of the demo residential property`);
  for (const [label, typed] of Object.entries(typings)) {
    let top1 = 0;
    let top3 = 0;
    for (const person of people) {
      const matches = await findMatches(ctx, { propertyId: property.id, q: typed(person.name), limit: 10 });
      const rank = matches.findIndex((m) => m.entityType === 'person' && m.entityId === person.id);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
    }
    const pct = (n: number) => ((100 * n) / people.length).toFixed(1);
    console.log(`${label.padEnd(30)} top 1: ${pct(top1)}%   top 3: ${pct(top3)}%`);
  }
} finally {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
}
