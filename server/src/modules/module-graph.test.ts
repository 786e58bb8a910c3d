import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import graph between modules, read from the source (runtime and type imports alike; tests,
// test kits and matrix rows aside). Modules may depend on each other only one way: a cycle is a knot that every
// module joining it makes harder to untie.
const src = resolve(new URL('..', import.meta.url).pathname);
const modulesDir = join(src, 'modules');
const isTestFile = (f: string) => /\.test\.ts$|test-kit|\.access\.ts$|sse-test-client\.ts$/.test(f);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !isTestFile(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) =>
    resolve(dirname(file), m[1]!),
  );

/** The module a path belongs to (its folder under modules/), or null outside modules/. */
function moduleOf(path: string): string | null {
  const rel = relative(modulesDir, path);
  if (rel.startsWith('..')) return null;
  return rel.includes('/') ? rel.split('/')[0]! : null;
}

function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(modulesDir)) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const target of importsOf(file)) {
      const to = moduleOf(target);
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Strongly connected groups of more than one module (Tarjan). */
function knots(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do group.push((w = stack.pop()!));
      while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

describe('module boundaries', () => {
  it('has no import cycle between modules', () => {
    const graph = moduleGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(knots(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(knots(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('keeps the platform free of modules', () => {
    const platform = sourceFiles(join(src, 'platform'));
    const intoModules = platform.flatMap((file) =>
      importsOf(file)
        .filter((target) => moduleOf(target) !== null)
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(platform.length).toBeGreaterThan(10);
    expect(intoModules).toEqual([]);
  });

  it('lets nothing depend on the person-card composition', () => {
    const dependents = [...moduleGraph()].filter(([, to]) => to.has('person-card')).map(([from]) => from);
    expect(dependents).toEqual([]);
  });
});
