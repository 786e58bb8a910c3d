// Unit codes: building-entrance-room (3-2-1502) or building-room (3-1502) where a building has one
// entrance. People write them many ways: 3栋2单元1502, 3号楼2单元1502室, 3座1502, A-1502, B栋 …
// parseUnitQuery turns any of them into parts; unitCode formats the canonical code.

export interface UnitParts {
  building: string | null;
  entrance: string | null;
  room: string;
}

const SEGMENT = '[A-Z0-9]{1,6}';
const CANONICAL = new RegExp(`^(${SEGMENT})-(?:(${SEGMENT})-)?(\\d{1,6}[A-Z]?)$`);
const CHINESE = new RegExp(
  `^(?:(${SEGMENT})(?:栋|幢|座|号楼|楼|区))?(?:(${SEGMENT})(?:单元|门))?(\\d{1,6}[A-Z]?)(?:室|号|房)?$`,
);

export function parseUnitQuery(raw: string): UnitParts | null {
  const text = raw
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/[—–_/]/g, '-');
  const canonical = CANONICAL.exec(text);
  if (canonical) return { building: canonical[1]!, entrance: canonical[2] ?? null, room: canonical[3]! };
  const chinese = CHINESE.exec(text);
  if (chinese) return { building: chinese[1] ?? null, entrance: chinese[2] ?? null, room: chinese[3]! };
  return null;
}

export function unitCode(building: string, entrance: string | null, room: string): string {
  return [building, entrance, room].filter(Boolean).join('-').toUpperCase();
}

export const isUnitCode = (raw: string) => CANONICAL.test(raw.trim().toUpperCase());
