import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, JOB_KINDS, LIVE_TOPICS, moduleCodes } from './codes.js';

const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);

describe('the codes the modules declare', () => {
  it('declares each audit action and job kind once', () => {
    expect(duplicates(AUDIT_ACTIONS)).toEqual([]);
    expect(duplicates(JOB_KINDS)).toEqual([]);
    expect(AUDIT_ACTIONS).toContain('service.record.forward');
    expect(JOB_KINDS).toContain('service.deadline');
  });

  it('gives each live topic to one module, so no module silently replaces another’s payload', () => {
    const topics = moduleCodes().flatMap((c) => Object.keys(c.liveTopics));
    expect(duplicates(topics)).toEqual([]);
    expect(Object.keys(LIVE_TOPICS).sort()).toEqual([...topics].sort());
    expect(topics).toContain('job.failed');
  });
});
