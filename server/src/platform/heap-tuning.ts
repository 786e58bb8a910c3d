import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a request's short-lived objects in V8's young generation (decision 0012).
 *
 * V8 learns, per allocation site, whether the objects it makes tend to live long, and then
 * allocates them straight into the old generation ("pretenuring"). Bulk work in this process (the
 * first start's seeding, an import, an export keeping 10,000 rows while the workbook is built)
 * teaches that to shared sites such as the PostgreSQL driver's row parser. Afterwards every
 * query's rows, garbage a millisecond later, land in the old generation: each young-generation
 * collection then scans them and takes 2-4.5 ms instead of 0.7-1 ms, which put those pauses in the
 * desk lookup's slowest searches (bench:lookup). A server's allocations are almost all
 * request-scoped, so it does better without the guess. Safe to call more than once.
 */
export function keepShortLivedObjectsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
