import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n/catalogues';
import { actionLabel, codeLabel, historyLabel } from './service-labels';

const zh = translator('zh-CN');
const en = translator('en');

describe('history words', () => {
  it('says what happened where the button says what to do', () => {
    expect(actionLabel(en, 'accept')).toBe('Accept');
    expect(historyLabel(en, 'accept')).toBe('Accepted');
    expect(actionLabel(zh, 'claim')).toBe('我来处理');
    expect(historyLabel(zh, 'claim')).toBe('认领');
    expect(historyLabel(en, 'sla_warning')).toBe('Deadline near');
    // An entry a newer server wrote still shows something.
    expect(historyLabel(en, 'merge')).toBe('merge');
  });

  it('puts the codes a change holds into words, and leaves other values to the caller', () => {
    expect(codeLabel(zh, 'satisfaction', 'satisfied')).toBe('满意');
    expect(codeLabel(en, 'kind', 'repair')).toBe('Repair');
    expect(codeLabel(en, 'customer_language', 'zh-CN')).toBe('简体中文');
    expect(codeLabel(en, 'severity', 'catastrophic')).toBe('catastrophic');
    expect(codeLabel(en, 'content', 'repair')).toBeNull();
  });
});
