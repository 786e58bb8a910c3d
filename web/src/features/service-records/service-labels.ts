import type {
  Locale,
  Satisfaction,
  ServiceChannel,
  ServiceKind,
  ServiceSeverity,
  ServiceStatus,
} from '@qiantai/contracts';
import { SATISFACTION_LEVELS } from '@qiantai/contracts';
import { isMessageKey, type Translate } from '../../app/i18n/catalogues';
import { codeWords } from '../common/ChangeLine';

// Words for the register's codes in the interface language, for every page that shows a record (the
// register, the record page, follow-ups, the desk screen).

export const kindLabel = (t: Translate, kind: ServiceKind) => t(`service.kind.${kind}`);
export const statusLabel = (t: Translate, status: ServiceStatus) => t(`service.status.${status}`);
export const severityLabel = (t: Translate, severity: ServiceSeverity) => t(`service.severity.${severity}`);
export const channelLabel = (t: Translate, channel: ServiceChannel) => t(`service.channel.${channel}`);
export const satisfactionLabel = (t: Translate, level: Satisfaction) => t(`service.satisfaction.${level}`);

/** An action, as a button or a title says it; an action this version does not know shows its code. */
export function actionLabel(t: Translate, action: string): string {
  const key = `service.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** A history entry, said as what happened ("Accepted" where the button says "Accept"). */
export function historyLabel(t: Translate, action: string): string {
  const key = `service.history.${action}`;
  return isMessageKey(key) ? t(key) : actionLabel(t, action);
}

/** The catalogue's words for the codes a history entry's change may hold, by field. */
const CODE_WORDS: Record<string, string> = {
  kind: 'service.kind',
  severity: 'service.severity',
  channel: 'service.channel',
  status: 'service.status',
  satisfaction: 'service.satisfaction',
  customer_language: 'lang',
};

/**
 * A code in a history entry's change in words (satisfied → 满意), or null when the field holds no
 * code; a code this version does not know stays as it is.
 */
export const codeLabel = (t: Translate, field: string, value: string): string | null =>
  codeWords(t, CODE_WORDS, field, value);

/** A field named in a history entry's changes. */
export function fieldLabel(t: Translate, field: string): string {
  // The history names columns (department_id); the catalogue names fields (departmentId).
  const key = `service.field.${field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}`;
  return isMessageKey(key) ? t(key) : field;
}

/** Tag colours (antd presets): work still owed is coloured, finished work is calm, cancelled is grey. */
export const STATUS_COLOURS: Record<ServiceStatus, string> = {
  new: 'blue',
  accepted: 'geekblue',
  in_progress: 'processing',
  waiting_customer: 'gold',
  done: 'success',
  followed_up: 'green',
  closed: 'default',
  cancelled: 'default',
};

export const SEVERITY_COLOURS: Record<ServiceSeverity, string> = {
  general: 'default',
  major: 'orange',
  emergency: 'red',
};

export const SATISFACTION_COLOURS: Record<Satisfaction, string> = {
  very_satisfied: 'green',
  satisfied: 'cyan',
  neutral: 'default',
  dissatisfied: 'orange',
  very_dissatisfied: 'red',
};

/** The key (1–5) that picks a satisfaction level in the follow-up dialog: its place in the list. */
export function satisfactionByKey(key: string): Satisfaction | null {
  const index = Number(key) - 1;
  return Number.isInteger(index) ? (SATISFACTION_LEVELS[index] ?? null) : null;
}

/** A record's department in the interface language (records carry both names). */
export function departmentLabel(
  locale: Locale,
  r: { departmentName: string | null; departmentNameEn: string | null },
): string | null {
  return (locale === 'en' ? r.departmentNameEn || r.departmentName : r.departmentName) ?? null;
}

/** "报修 / 水电 / 漏水": the category and its parents, top first. */
export function categoryLabel(locale: Locale, path: readonly { name: string; nameEn: string }[]): string {
  return path.map((c) => (locale === 'en' ? c.nameEn || c.name : c.name)).join(' / ');
}
