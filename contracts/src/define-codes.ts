import type { z } from 'zod';

/**
 * The codes a module's contract declares for both sides: the audit actions it writes, the kinds of
 * due work it runs, and the live-event topics it publishes with their payload schemas. codes.ts
 * gathers every module's into AUDIT_ACTIONS, JOB_KINDS and LIVE_TOPICS.
 */
export interface ModuleCodes<
  A extends readonly string[],
  J extends readonly string[],
  T extends Readonly<Record<string, z.ZodType>>,
> {
  auditActions: A;
  jobKinds: J;
  liveTopics: T;
}

export function defineCodes<
  const A extends readonly string[] = readonly [],
  const J extends readonly string[] = readonly [],
  const T extends Readonly<Record<string, z.ZodType>> = Readonly<Record<never, z.ZodType>>,
>(codes: { auditActions?: A; jobKinds?: J; liveTopics?: T }): ModuleCodes<A, J, T> {
  // The defaults are the empty list and map the type parameters default to.
  return {
    auditActions: codes.auditActions ?? ([] as unknown as A),
    jobKinds: codes.jobKinds ?? ([] as unknown as J),
    liveTopics: codes.liveTopics ?? ({} as T),
  };
}
