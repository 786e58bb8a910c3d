import { Rng } from '../../server/src/seed/fake-residents.js';
import { nameSyllables } from '../../server/src/modules/lookup/search-terms.js';
import type { BenchData } from './bench-data.js';

// What receptionists type, per query shape, drawn from the generated residents.

export const SHAPES = [
  '1 char',
  '2 chars',
  'full name',
  'pinyin',
  'initials',
  'phone tail',
  'unit',
  'plate',
] as const;
export type Shape = (typeof SHAPES)[number];

export function queriesFor(shape: Shape, data: BenchData, count: number, seed: number): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = data.people[rng.int(0, data.people.length - 1)]!;
    const chars = [...person.name];
    switch (shape) {
      case '1 char':
        out.push(rng.pick(chars));
        break;
      case '2 chars': {
        const at = rng.int(0, chars.length - 2);
        out.push(chars.slice(at, at + 2).join(''));
        break;
      }
      case 'full name':
        out.push(person.name);
        break;
      case 'pinyin':
        out.push(nameSyllables(person.name).full.join(''));
        break;
      case 'initials':
        out.push(nameSyllables(person.name).initials.join(''));
        break;
      case 'phone tail':
        out.push(person.mobile.slice(-rng.int(4, 8)));
        break;
      case 'unit': {
        const unit = data.units[rng.int(0, data.units.length - 1)]!;
        const spellings = [
          unit.code,
          `${unit.building}栋${unit.entrance}单元${unit.room}`,
          `${unit.building}-${unit.room}`,
          unit.room,
        ];
        out.push(spellings[i % spellings.length]!);
        break;
      }
      case 'plate': {
        const plate = data.plates[rng.int(0, data.plates.length - 1)]!;
        // Whole plates, and what people remember: the city letter and a few characters (B123).
        out.push(i % 2 === 0 ? plate : plate.slice(1, 1 + rng.int(3, 5)));
        break;
      }
    }
  }
  return out;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs `work` for each query in turn; returns the sorted wall-clock latencies and, separately, the
 * sorted CPU time of this process per query (in milliseconds). On a busy machine a query's wall time
 * includes the time the process waited for a core; its CPU time does not.
 */
export async function timeEach(
  queries: readonly string[],
  work: (q: string) => Promise<unknown>,
): Promise<number[] & { cpu: number[] }> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await work(q);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return Object.assign(
    times.sort((a, b) => a - b),
    { cpu: cpu.sort((a, b) => a - b) },
  );
}

export const ms = (value: number) => value.toFixed(3);
