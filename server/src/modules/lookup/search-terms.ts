import { normalizePlate, unitCode } from '@qiantai/contracts';
import { pinyin } from 'pinyin-pro';
import type { SearchTermsTable } from './lookup.tables.js';

// The spellings the desk lookup finds an entity by, one search_terms row each. Pure functions: the
// indexer writes exactly these rows, and the benchmark bulk-inserts the same rows.

export type SearchTermRow = SearchTermsTable;
type Kind = SearchTermRow['kind'];
type EntityType = SearchTermRow['entity_type'];

export interface PersonToIndex {
  id: string;
  propertyId: string;
  name: string;
  mobile: string | null;
  otherPhones: readonly string[];
}

export interface UnitToIndex {
  id: string;
  propertyId: string;
  /** Canonical code: 3-2-1502, or 3-1502 in a building without entrances. */
  code: string;
  buildingCode: string;
  entrance: string | null;
  room: string;
}

export interface VehicleToIndex {
  id: string;
  propertyId: string;
  plate: string;
}

/** A phone tail is matched as a prefix of the reversed digits; shorter tails match too many people. */
export const MIN_PHONE_TAIL = 4;

/** Names are compared without spaces and in lower case (so Latin names meet Latin queries). */
export const normalizeName = (name: string) => name.replace(/\s+/g, '').toLowerCase();

export const reverseDigits = (digits: string) => [...digits].reverse().join('');

/** Pinyin syllables of a name, reading the first character(s) as a surname (曾 zeng, 单 shan …). */
export function nameSyllables(name: string): { full: string[]; initials: string[] } {
  const text = normalizeName(name);
  const options = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const full = pinyin(text, options).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const initials = pinyin(text, { ...options, pattern: 'first' }).map((s) =>
    s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );
  return { full, initials };
}

class TermCollector {
  private readonly seen = new Set<string>();
  readonly rows: SearchTermRow[] = [];
  constructor(
    private readonly propertyId: string,
    private readonly entityType: EntityType,
    private readonly entityId: string,
  ) {}

  add(kind: Kind, anchored: boolean, term: string) {
    if (!term) return;
    const key = `${anchored ? 1 : 0}\u0000${term}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push({
      property_id: this.propertyId,
      anchored: anchored ? 1 : 0,
      term,
      kind,
      entity_type: this.entityType,
      entity_id: this.entityId,
    });
  }

  /**
   * The whole spelling anchored, each later suffix not (so "contains" is a prefix range scan). Parts
   * are characters (by code point: names may hold characters outside the BMP) or pinyin syllables.
   */
  addWithSuffixes(kind: Kind, parts: readonly string[], minLength = 1) {
    parts.forEach((_, i) => {
      const term = parts.slice(i).join('');
      if (i === 0 || [...term].length >= minLength) this.add(kind, i === 0, term);
    });
  }
}

export function personTerms(person: PersonToIndex): SearchTermRow[] {
  const out = new TermCollector(person.propertyId, 'person', person.id);
  const name = normalizeName(person.name);
  out.addWithSuffixes('name', [...name]);
  const { full, initials } = nameSyllables(person.name);
  // Pinyin from each syllable: zhangxiaoming, xiaoming, ming. Initials: zxm, xm (one letter is noise).
  out.addWithSuffixes('pinyin', full);
  out.addWithSuffixes('initials', initials, 2);
  for (const phone of [person.mobile, ...person.otherPhones]) {
    const digits = (phone ?? '').replace(/\D/g, '');
    if (digits.length >= MIN_PHONE_TAIL) out.add('phone', true, reverseDigits(digits));
  }
  return out.rows;
}

export function unitTerms(unit: UnitToIndex): SearchTermRow[] {
  const out = new TermCollector(unit.propertyId, 'unit', unit.id);
  out.add('unit', true, unit.code.toUpperCase());
  // Shorter spellings people use: 3-1502 (leaving out the entrance) and the bare room 1502.
  if (unit.entrance) out.add('unit', false, unitCode(unit.buildingCode, null, unit.room));
  out.add('unit', false, unit.room.toUpperCase());
  return out.rows;
}

export function vehicleTerms(vehicle: VehicleToIndex): SearchTermRow[] {
  const out = new TermCollector(vehicle.propertyId, 'vehicle', vehicle.id);
  out.addWithSuffixes('plate', [...normalizePlate(vehicle.plate)], 2);
  return out.rows;
}
