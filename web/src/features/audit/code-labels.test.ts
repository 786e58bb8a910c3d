import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, JOB_KINDS, type Locale } from '@qiantai/contracts';
import { catalogueList } from '../../app/i18n/catalogues';

// The audit page and the job list put every code the server writes into words. The codes are the
// contracts' (AUDIT_ACTIONS, JOB_KINDS); a code without a label in either language would show raw.
const textsOf = (locale: Locale) =>
  Object.assign({}, ...catalogueList(locale).map((c) => c.messages)) as Record<string, string>;

describe.each(['zh-CN', 'en'] as const)('labels in %s', (locale) => {
  const texts = textsOf(locale);

  it('has one for every audit action the server writes', () => {
    expect(AUDIT_ACTIONS.filter((a) => !texts[`audit.action.${a}`]?.trim())).toEqual([]);
  });

  it('has one for every job kind the server runs', () => {
    expect(JOB_KINDS.filter((k) => !texts[`jobs.kind.${k}`]?.trim())).toEqual([]);
  });
});
