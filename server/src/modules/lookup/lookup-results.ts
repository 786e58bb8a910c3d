import type { Locale, PersonUnit, SearchResult } from '@qiantai/contracts';
import { translate } from '../../platform/i18n/messages.js';
import type { SearchRow } from './lookup-search.repository.js';

// Search results from the rows of the search statement: the matches in ranked order, each with its
// display row and its current residence lines. The rows hold masked phones only (search_display).

const ROLE_KEYS = {
  owner: 'lookup.role.owner',
  tenant: 'lookup.role.tenant',
  household: 'lookup.role.household',
  emergency_contact: 'lookup.role.emergencyContact',
} as const;

type Role = PersonUnit['role'];
/** A residence line whose other side is still on file. */
type Line = SearchRow & { link_id: string; other_id: string; other_title: string; role: Role };

const SEPARATOR = ' · ';

/** Owners first, then tenants, household members and emergency contacts. */
const ROLE_ORDER: Record<Role, number> = { owner: 0, tenant: 1, household: 2, emergency_contact: 3 };
const OPEN_ENDED = '9999-12-31';

/** Within a role as the person card lists residences: open-ended first, then later move-outs, then oldest link. */
function byRoleThenResidence(a: Line, b: Line): number {
  const untilA = a.until_date ?? OPEN_ENDED;
  const untilB = b.until_date ?? OPEN_ENDED;
  return (
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
    (untilA > untilB ? -1 : untilA < untilB ? 1 : 0) ||
    Number(a.created_at) - Number(b.created_at) ||
    (a.link_id < b.link_id ? -1 : a.link_id > b.link_id ? 1 : 0)
  );
}

// Role names per locale, translated once: a search is typed on every keystroke.
const roleNames = new Map<Locale, Record<Role, string>>();
function rolesIn(locale: Locale): Record<Role, string> {
  let names = roleNames.get(locale);
  if (!names) {
    const name = (role: Role) => translate(locale, ROLE_KEYS[role]);
    names = {
      owner: name('owner'),
      tenant: name('tenant'),
      household: name('household'),
      emergency_contact: name('emergency_contact'),
    };
    roleNames.set(locale, names);
  }
  return names;
}

/** "3-2-1502 业主 · 5-1-101 租户 · 138****5678": the person's current units, then the masked mobile. */
function personLine(lines: readonly Line[], detail: string, roles: Record<Role, string>): string {
  let text = '';
  for (const line of lines) text += `${text ? SEPARATOR : ''}${line.other_title} ${roles[line.role]}`;
  return detail ? `${text ? `${text}${SEPARATOR}` : ''}${detail}` : text;
}

/** "张晓明（业主）、李四（租户）": the unit's occupants. */
function unitLine(lines: readonly Line[], roles: Record<Role, string>): string {
  let text = '';
  for (const line of lines) text += `${text ? '、' : ''}${line.other_title}（${roles[line.role]}）`;
  return text;
}

function toResult(match: SearchRow, lines: Line[], roles: Record<Role, string>): SearchResult {
  if (lines.length > 1) lines.sort(byRoleThenResidence);
  const id = match.entity_id;
  switch (match.entity_type) {
    case 'person':
      return {
        type: 'person',
        id,
        title: match.title,
        subtitle: personLine(lines, match.detail, roles),
        matched: match.kind,
        personId: id,
        unitId: lines[0]?.other_id ?? null,
      };
    case 'unit':
      return {
        type: 'unit',
        id,
        title: match.title,
        subtitle: unitLine(lines, roles),
        matched: match.kind,
        personId: lines[0]?.other_id ?? null,
        unitId: id,
      };
    case 'vehicle': {
      const owner = match.owner_name ?? '';
      const subtitle = owner && match.detail ? `${owner}${SEPARATOR}${match.detail}` : owner || match.detail;
      return {
        type: 'vehicle',
        id,
        title: match.title,
        subtitle,
        matched: match.kind,
        personId: match.owner_id,
        unitId: null,
      };
    }
  }
}

const isLine = (row: SearchRow): row is Line => row.link_id !== null && row.other_title !== null;

/**
 * The results in ranked order. The rows come best first, those of one match together (one per
 * current residence line, or one without a line); a match whose record is gone has no display row
 * and no rows, a line whose other side is gone is left out.
 */
export function toResults(rows: readonly SearchRow[], locale: Locale): SearchResult[] {
  const roles = rolesIn(locale);
  const results: SearchResult[] = [];
  for (let i = 0; i < rows.length;) {
    const match = rows[i]!;
    const lines: Line[] = [];
    for (; i < rows.length && rows[i]!.entity_id === match.entity_id; i++) {
      const row = rows[i]!;
      if (isLine(row)) lines.push(row);
    }
    results.push(toResult(match, lines, roles));
  }
  return results;
}
