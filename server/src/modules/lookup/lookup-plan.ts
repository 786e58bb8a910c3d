import { normalizePlate, parseUnitQuery, PROVINCES, unitCode } from '@qiantai/contracts';
import type { SearchProbe as Probe } from './lookup-search.repository.js';
import { MIN_PHONE_TAIL, normalizeName, reverseDigits } from './search-terms.js';

// Turns what the receptionist typed into a few small prefix range scans of search_terms. Each probe
// reads at most `limit` index entries; the search statement ranks and merges them.

// Plate fragments are matched only when they are this long: "12" would match half the car park.
const MIN_DIGIT_PLATE_FRAGMENT = 3;

const HAN = /\p{Script=Han}/u;
const PROVINCE_PLATE = new RegExp(`^[${PROVINCES}][A-Z0-9]*$`);
const LETTERED_UNIT = /^([A-Z])(\d{3,6})$/;

// A probe reads ten more terms than the results asked for, so that an entity found under several
// spellings still leaves enough others. The count is rounded up to one of these, because it is part
// of the statement's text and each text is a statement PostgreSQL keeps (lookup-search.repository.ts).
const PROBE_LIMITS = [25, 60] as const;

export function planLookup(raw: string, limit: number): Probe[] {
  const q = raw.replace(/\s+/g, '');
  const probeLimit = PROBE_LIMITS.find((n) => n >= limit + 10) ?? limit + 10;
  const probe = (anchored: 0 | 1, prefix: string, exact: boolean, entityType?: Probe['entityType']) => ({
    anchored,
    prefix,
    exact,
    limit: probeLimit,
    ...(entityType ? { entityType } : {}),
  });
  const probes: Probe[] = [];

  if (/^\d+$/.test(q)) {
    if (q.length >= MIN_PHONE_TAIL) probes.push(probe(1, reverseDigits(q), false, 'person'));
    probes.push(probe(0, q, true, 'unit'));
    if (q.length >= MIN_DIGIT_PLATE_FRAGMENT) probes.push(probe(0, q, false, 'vehicle'));
    return probes;
  }

  if (/^[a-z]+$/i.test(q)) {
    const letters = q.toLowerCase();
    // Anchored: full pinyin, initials and Latin names from their start; then later syllables.
    probes.push(probe(1, letters, true), probe(0, letters, false));
    probes.push(probe(0, q.toUpperCase(), false, 'vehicle'));
    return probes;
  }

  // Office towers are lettered: A1502 is how people say A-1502 (A座1502 parses as it is).
  const lettered = LETTERED_UNIT.exec(q.toUpperCase());
  const unit = parseUnitQuery(lettered ? `${lettered[1]}-${lettered[2]}` : q);
  if (unit) {
    if (unit.building) {
      const code = unitCode(unit.building, unit.entrance, unit.room);
      probes.push(probe(1, code, true, 'unit'));
      // 3-1502: the canonical code of a building without entrances, or the short spelling.
      if (!unit.entrance) probes.push(probe(0, code, true, 'unit'));
    } else {
      probes.push(probe(0, unit.room, true, 'unit'));
    }
  }

  const plate = normalizePlate(q);
  const provincePlate = PROVINCE_PLATE.test(plate);
  if (provincePlate) probes.push(probe(1, plate, true, 'vehicle'));
  // B123 is a plate fragment as much as a tower's unit; 3-1502 is only a unit.
  else if (/^[A-Z0-9]+$/.test(plate) && (!unit || lettered)) probes.push(probe(0, plate, true, 'vehicle'));

  // Chinese text is a name, unless it spells a unit or a plate (粤 alone may be either).
  if (HAN.test(q) && !unit && !(provincePlate && plate.length > 1)) {
    const name = normalizeName(q);
    probes.push(probe(1, name, true), probe(0, name, false));
  }
  return probes;
}
