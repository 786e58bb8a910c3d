import { describe, expect, test } from 'vitest';
import { catalogueList, isMessageKey, translator } from './catalogues';

describe('message catalogues', () => {
  test('a key belongs to one catalogue only (a second one would silently win)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const { name, messages } of catalogueList('zh-CN'))
      for (const key of Object.keys(messages)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    expect(twice).toEqual([]);
  });

  test('each catalogue has the same keys in both languages, and no empty text', () => {
    const en = catalogueList('en');
    for (const [i, { name, messages }] of catalogueList('zh-CN').entries()) {
      expect(Object.keys(en[i]!.messages).sort(), name).toEqual(Object.keys(messages).sort());
      for (const [key, text] of [...Object.entries(messages), ...Object.entries(en[i]!.messages)])
        expect(text.trim(), key).not.toBe('');
    }
  });

  test('feature texts are found like the core ones', () => {
    expect(isMessageKey('common.save')).toBe(true);
    expect(isMessageKey('phonebook.title')).toBe(true);
    expect(isMessageKey('phonebook.nope')).toBe(false);
    expect(translator('en')('jobs.failed.body', { kind: 'k', error: 'e' })).toBe('“k” failed: e');
  });
});
