import type { PERSON_ROLES } from '@qiantai/contracts';

export type PersonRole = (typeof PERSON_ROLES)[number];

export const ROLE_COLOURS: Record<PersonRole, string> = {
  owner: 'blue',
  tenant: 'green',
  household: 'default',
  emergency_contact: 'orange',
};

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** Money is kept in fen; people read yuan: 350000 → ¥3,500.00. */
export function formatYuan(fen: number): string {
  return yuan.format(fen / 100);
}

/** Today as YYYY-MM-DD in China Standard Time (residence and lease dates are calendar dates). */
export function todayInShanghai(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from today until a YYYY-MM-DD date (negative once it has passed). */
export function daysUntil(date: string, today = todayInShanghai()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A link is current while it has no end date or ends today or later. */
export const isCurrentLink = (link: { until: string | null }, today = todayInShanghai()) =>
  link.until === null || link.until >= today;
