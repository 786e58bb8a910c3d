import type { Locale } from '@qiantai/contracts';
import type { Feature } from '../features/define-feature';
import { FEATURES } from '../../features/index';
import { coreEn } from './en';
import { coreZhCN } from './zh-CN';

// The app's core texts and every feature's catalogue (features/<f>/messages.*.ts, declared in its
// manifest), merged. Each catalogue's en must have exactly its zh-CN keys (checked where the en
// catalogue is declared, and again by defineFeature); a key may belong to one catalogue only
// (catalogues.test.ts).

type KeysOf<F> = F extends Feature<infer M> ? keyof M & string : never;
export type MessageKey = keyof typeof coreZhCN | KeysOf<(typeof FEATURES)[number]>;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The core catalogue first, then the features' in the order of FEATURES. */
export function catalogueList(
  locale: Locale,
): readonly { name: string; messages: Readonly<Record<string, string>> }[] {
  return [
    { name: 'core', messages: locale === 'en' ? coreEn : coreZhCN },
    ...FEATURES.map((f) => ({ name: f.id, messages: f.messages[locale] })),
  ];
}

// Merged on first use, not when this module loads: features import isMessageKey from here, and
// FEATURES imports the features, so at load time FEATURES may not be there yet.
let merged: Record<Locale, Messages> | undefined;
function catalogues(): Record<Locale, Messages> {
  const merge = (locale: Locale) =>
    Object.assign({}, ...catalogueList(locale).map((c) => c.messages)) as Messages;
  merged ??= { 'zh-CN': merge('zh-CN'), en: merge('en') };
  return merged;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues()['zh-CN'], key);
}

export function translator(locale: Locale): Translate {
  const messages = catalogues()[locale];
  return (key, params) => {
    const text = messages[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
  };
}

/**
 * A code the server sends (an audit action, a job kind) in words: the text under `prefix.code`, or
 * the code itself when this version has no label for it yet.
 */
export function codeLabel(t: Translate, prefix: 'audit.action' | 'jobs.kind', code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
