import type { Locale } from '@qiantai/contracts';
import { validationMessages } from './validation-messages.js';

/** Texts by stable key, one per locale. */
export type Catalogue = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

// Every message a user can see from the server. Keys are stable; texts are per locale.
export const platformMessages = {
  'error.validation': {
    'zh-CN': '输入有误，请检查后重试',
    en: 'Some input is invalid. Please check and try again.',
  },
  'error.malformedJson': { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON.' },
  'error.bodyTooLarge': { 'zh-CN': '请求内容过大', en: 'The request body is too large.' },
  'error.unsupportedMediaType': { 'zh-CN': '不支持的请求内容类型', en: 'Unsupported content type.' },
  'error.unauthenticated': { 'zh-CN': '请先登录', en: 'Please sign in.' },
  'error.sessionExpired': {
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired. Please sign in again.',
  },
  'error.forbidden': { 'zh-CN': '您没有执行此操作的权限', en: 'You do not have permission to do this.' },
  'error.csrf': {
    'zh-CN': '安全校验失败，请刷新页面后重试',
    en: 'Security check failed. Please reload the page and try again.',
  },
  'error.passwordChangeRequired': {
    'zh-CN': '请先修改初始密码',
    en: 'Please change your initial password first.',
  },
  'error.notFound': { 'zh-CN': '未找到该记录', en: 'Record not found.' },
  'error.routeNotFound': { 'zh-CN': '接口不存在', en: 'No such API route.' },
  'error.conflict': { 'zh-CN': '操作冲突，请刷新后重试', en: 'Conflict. Please reload and try again.' },
  'error.staleVersion': {
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record. Please reload and try again.',
  },
  'error.rateLimited': {
    'zh-CN': '操作过于频繁，请稍后再试',
    en: 'Too many attempts. Please try again later.',
  },
  'error.internal': {
    'zh-CN': '服务器内部错误，请稍后重试',
    en: 'Internal server error. Please try again later.',
  },
  'auth.badCredentials': { 'zh-CN': '用户名或密码错误', en: 'Incorrect username or password.' },
  'auth.lockedOut': {
    'zh-CN': '登录失败次数过多，账户已临时锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins. The account is locked; try again in {minutes} minutes.',
  },
  'auth.ipThrottled': {
    'zh-CN': '此地址登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins from this address. Try again in {minutes} minutes.',
  },
  'auth.currentPasswordWrong': { 'zh-CN': '当前密码不正确', en: 'The current password is incorrect.' },
  'auth.passwordCheckLocked': {
    'zh-CN': '当前密码输错次数过多，暂时不能修改密码，请 {minutes} 分钟后再试',
    en: 'Too many wrong current passwords. Changing the password is paused; try again in {minutes} minutes.',
  },
  'auth.passwordCheckSignedOut': {
    'zh-CN': '当前密码输错次数过多，为安全起见已退出登录，请 {minutes} 分钟后再修改密码',
    en: 'Too many wrong current passwords: you have been signed out for safety. Try changing the password again in {minutes} minutes.',
  },
  'password.tooCommon': {
    'zh-CN': '该密码过于常见，请换一个更难猜的密码',
    en: 'This password is too common. Please choose one that is harder to guess.',
  },
  'password.sameAsUsername': {
    'zh-CN': '密码不能与用户名相同',
    en: 'The password must not equal the username.',
  },
  'password.sameAsOld': {
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one.',
  },
  'user.usernameTaken': { 'zh-CN': '用户名已存在', en: 'This username is already taken.' },
  'user.unknownProperty': {
    'zh-CN': '所选项目不存在或无权分配',
    en: 'Unknown property, or not yours to assign.',
  },
  'user.unknownDepartment': { 'zh-CN': '所选部门不存在', en: 'Unknown department.' },
  'user.cannotDisableSelf': { 'zh-CN': '不能停用自己的账户', en: 'You cannot disable your own account.' },
  'user.cannotDropOwnAdmin': {
    'zh-CN': '不能移除自己的管理员角色',
    en: 'You cannot remove your own administrator role.',
  },
  'property.codeTaken': { 'zh-CN': '项目编码已存在', en: 'This property code is already taken.' },
  'job.notFailed': { 'zh-CN': '只有失败的任务可以重试', en: 'Only failed jobs can be retried.' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * The modules' keys, added by declaration merging: each `modules/<m>/<m>.messages.ts` declares
 * `interface ModuleMessages extends <its catalogue's type> {}` for this module path, and its module
 * definition hands the catalogue itself to `addCatalogues` at start. So every key is typed and the
 * platform imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleMessages {}

type PlatformMessages = typeof platformMessages & typeof validationMessages;
export type MessageKey = (keyof PlatformMessages | keyof ModuleMessages) & string;

const messages = new Map<string, Readonly<Record<Locale, string>>>(
  Object.entries({ ...platformMessages, ...validationMessages }),
);
const added = new Set<Catalogue>();

/** Adds the modules' catalogues (the runtime does, from the module list). A key taken twice is a bug. */
export function addCatalogues(catalogues: readonly Catalogue[]): void {
  for (const catalogue of catalogues) {
    if (added.has(catalogue)) continue;
    for (const [key, texts] of Object.entries(catalogue)) {
      if (messages.has(key)) throw new Error(`message key ${key} is declared twice`);
      messages.set(key, texts);
    }
    added.add(catalogue);
  }
}

export type MessageParams = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = messages.get(key)?.[locale] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** zh-CN unless the caller asks for English first. */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function isMessageKey(key: string): key is MessageKey {
  return messages.has(key);
}
