import type { Locale, PersonUnit, SearchResult } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { translate } from '../../platform/i18n/messages.js';
import { unitsByIds } from '../buildings/units.service.js';
import { todayAtProperty } from '../properties/properties.service.js';
import { peopleByIds } from '../people/people.service.js';
import { linksOfPeople, occupantsOfUnits } from '../people/person-units.service.js';
import { vehiclesByIds } from '../vehicles/vehicles.service.js';
import type { RankedMatch } from './lookup-rank.js';

// Typed results for the ranked matches, with display data from the modules that own it. Phones come
// masked from the people service; nothing here ever sees a full number or ID.

const ROLE_KEYS = {
  owner: 'lookup.role.owner',
  tenant: 'lookup.role.tenant',
  household: 'lookup.role.household',
  emergency_contact: 'lookup.role.emergencyContact',
} as const;

type Display = Omit<SearchResult, 'matched'>;

const SEPARATOR = ' · ';

const roleLabel = (locale: Locale, role: PersonUnit['role']) => translate(locale, ROLE_KEYS[role]);

/** Owners first, then tenants, household members and emergency contacts. */
const ROLE_ORDER: Record<PersonUnit['role'], number> = {
  owner: 0,
  tenant: 1,
  household: 2,
  emergency_contact: 3,
};
const byRole = (a: PersonUnit, b: PersonUnit) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role];

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const idsOf = (matches: readonly RankedMatch[], type: RankedMatch['entityType']) =>
  matches.filter((m) => m.entityType === type).map((m) => m.entityId);

async function personResults(ctx: ServiceContext, ids: string[], locale: Locale) {
  if (ids.length === 0) return new Map<string, Display>();
  const [people, links] = await Promise.all([peopleByIds(ctx, ids), linksOfPeople(ctx, ids)]);
  // A search is within one property: its calendar decides who still lives where.
  const today = people[0] ? await todayAtProperty(ctx, people[0].propertyId) : '';
  const current = groupBy(
    links.filter((l) => l.until === null || l.until >= today),
    (l) => l.personId,
  );
  return new Map(
    people.map((p): [string, Display] => {
      const units = (current.get(p.id) ?? []).sort(byRole);
      const subtitle = [...units.map((u) => `${u.unitCode} ${roleLabel(locale, u.role)}`), p.mobile ?? '']
        .filter(Boolean)
        .join(SEPARATOR);
      return [
        p.id,
        {
          type: 'person',
          id: p.id,
          title: p.name,
          subtitle,
          personId: p.id,
          unitId: units[0]?.unitId ?? null,
        },
      ];
    }),
  );
}

async function unitResults(ctx: ServiceContext, ids: string[], locale: Locale) {
  if (ids.length === 0) return new Map<string, Display>();
  const [units, occupants] = await Promise.all([unitsByIds(ctx, ids), occupantsOfUnits(ctx, ids)]);
  const byUnit = groupBy(occupants, (o) => o.unitId);
  return new Map(
    units.map((u): [string, Display] => {
      const people = (byUnit.get(u.id) ?? []).sort(byRole);
      const subtitle = people.map((o) => `${o.personName}（${roleLabel(locale, o.role)}）`).join('、');
      return [
        u.id,
        {
          type: 'unit',
          id: u.id,
          title: u.code,
          subtitle,
          personId: people[0]?.personId ?? null,
          unitId: u.id,
        },
      ];
    }),
  );
}

async function vehicleResults(ctx: ServiceContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, Display>();
  const vehicles = await vehiclesByIds(ctx, ids);
  return new Map(
    vehicles.map((v): [string, Display] => {
      const subtitle = [v.personName ?? '', [v.colour, v.model].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(SEPARATOR);
      return [
        v.id,
        { type: 'vehicle', id: v.id, title: v.plate, subtitle, personId: v.personId, unitId: null },
      ];
    }),
  );
}

/** The results in ranked order; a match whose record is gone (or out of scope) is left out. */
export async function buildResults(
  ctx: ServiceContext,
  matches: readonly RankedMatch[],
  locale: Locale,
): Promise<SearchResult[]> {
  const [people, units, vehicles] = await Promise.all([
    personResults(ctx, idsOf(matches, 'person'), locale),
    unitResults(ctx, idsOf(matches, 'unit'), locale),
    vehicleResults(ctx, idsOf(matches, 'vehicle')),
  ]);
  const byType = { person: people, unit: units, vehicle: vehicles };
  return matches.flatMap((m) => {
    const result = byType[m.entityType].get(m.entityId);
    return result ? [{ ...result, matched: m.kind }] : [];
  });
}
