import { unitCode } from '@qiantai/contracts';
import { newId } from '../../server/src/db/ids.js';
import type { Db } from '../../server/src/db/database.js';
import {
  insertDisplayRows,
  insertResidenceRows,
} from '../../server/src/modules/lookup/lookup-display.repository.js';
import { insertTerms } from '../../server/src/modules/lookup/lookup-index.repository.js';
import {
  personDisplay,
  residenceRows,
  unitDisplay,
  vehicleDisplay,
  type SearchDisplayRow,
  type SearchResidenceRow,
} from '../../server/src/modules/lookup/search-display.js';
import {
  personTerms,
  unitTerms,
  vehicleTerms,
  type SearchTermRow,
} from '../../server/src/modules/lookup/search-terms.js';
import { FakeResidents } from '../../server/src/seed/fake-residents.js';

// 100k people across 40k units in one property, written in bulk. The search_terms, search_display and
// search_residences rows come from the same functions the indexer uses, so the index is exactly what
// the app would have written.

export interface BenchPerson {
  id: string;
  name: string;
  mobile: string;
}
export interface BenchUnit {
  id: string;
  code: string;
  building: string;
  entrance: string;
  room: string;
}
export interface BenchData {
  people: BenchPerson[];
  units: BenchUnit[];
  plates: string[];
}

const BUILDINGS = 200;
const ENTRANCES = 2;
const FLOORS = 25;
const ROOMS_PER_ENTRANCE = 4; // entrance 1: x01-x04, entrance 2: x05-x08, so 3-1502 is unambiguous
const PEOPLE = 100_000;
const VEHICLES = 30_000;
const BATCH = 2_000;

type BulkTable = 'buildings' | 'units' | 'people' | 'person_units' | 'vehicles';

async function insertRows(db: Db, table: BulkTable, rows: object[]) {
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
}

export async function generateBenchData(db: Db, propertyId: string, now: number): Promise<BenchData> {
  const fake = new FakeResidents(20261127);
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const units: BenchUnit[] = [];
  const buildingRows: object[] = [];
  const unitRows: object[] = [];
  for (let b = 1; b <= BUILDINGS; b++) {
    const buildingId = newId(now);
    buildingRows.push({
      id: buildingId,
      property_id: propertyId,
      code: String(b),
      name: `${b}栋`,
      floors: FLOORS,
      note: '',
      ...stamp,
    });
    for (let e = 1; e <= ENTRANCES; e++)
      for (let f = 1; f <= FLOORS; f++)
        for (let r = 1; r <= ROOMS_PER_ENTRANCE; r++) {
          const room = String(f * 100 + (e - 1) * ROOMS_PER_ENTRANCE + r);
          const unit = {
            id: newId(now),
            code: unitCode(String(b), String(e), room),
            building: String(b),
            entrance: String(e),
            room,
          };
          units.push(unit);
          unitRows.push({
            id: unit.id,
            property_id: propertyId,
            building_id: buildingId,
            entrance: unit.entrance,
            room,
            code: unit.code,
            floor: f,
            area_sqm: 89,
            type: 'residential',
            note: '',
            ...stamp,
          });
        }
  }
  await insertRows(db, 'buildings', buildingRows);
  await insertRows(db, 'units', unitRows);
  const unitsToIndex = units.map((u) => ({
    id: u.id,
    propertyId,
    code: u.code,
    buildingCode: u.building,
    entrance: u.entrance,
    room: u.room,
  }));
  await insertTerms(db, unitsToIndex.flatMap(unitTerms));
  await insertDisplayRows(db, unitsToIndex.map(unitDisplay));

  const people: BenchPerson[] = [];
  for (let start = 0; start < PEOPLE; start += BATCH) {
    const personRows: object[] = [];
    const linkRows: object[] = [];
    const terms: SearchTermRow[] = [];
    const shown: SearchDisplayRow[] = [];
    const residences: SearchResidenceRow[] = [];
    for (let i = start; i < Math.min(PEOPLE, start + BATCH); i++) {
      const resident = fake.resident();
      const person = { id: newId(now), name: resident.name, mobile: resident.mobile };
      people.push(person);
      const unit = units[i % units.length]!;
      personRows.push({
        id: person.id,
        property_id: propertyId,
        name: person.name,
        gender: resident.gender,
        mobile: person.mobile,
        other_phones: '[]',
        language: 'zh-CN',
        notes: '',
        ...stamp,
      });
      const link = {
        linkId: newId(now),
        propertyId,
        personId: person.id,
        unitId: unit.id,
        role: i < units.length ? ('owner' as const) : ('household' as const),
        until: null,
        createdAt: now,
      };
      linkRows.push({
        id: link.linkId,
        property_id: propertyId,
        person_id: person.id,
        unit_id: unit.id,
        role: link.role,
        created_at: now,
      });
      const toIndex = {
        id: person.id,
        propertyId,
        name: person.name,
        mobile: person.mobile,
        otherPhones: [],
      };
      terms.push(...personTerms(toIndex));
      shown.push(personDisplay(toIndex));
      residences.push(...residenceRows(link));
    }
    await insertRows(db, 'people', personRows);
    await insertRows(db, 'person_units', linkRows);
    await insertTerms(db, terms);
    await insertDisplayRows(db, shown);
    await insertResidenceRows(db, residences);
  }

  const plates: string[] = [];
  const vehicleRows: object[] = [];
  const vehicleTermRows: SearchTermRow[] = [];
  const vehiclesShown: SearchDisplayRow[] = [];
  for (let i = 0; i < VEHICLES; i++) {
    const vehicle = {
      id: newId(now),
      propertyId,
      plate: fake.plate(),
      colour: '白色',
      model: '',
      personId: people[i * 3]!.id,
    };
    plates.push(vehicle.plate);
    vehicleRows.push({
      id: vehicle.id,
      property_id: propertyId,
      plate: vehicle.plate,
      model: vehicle.model,
      colour: vehicle.colour,
      person_id: vehicle.personId,
      note: '',
      ...stamp,
    });
    vehicleTermRows.push(...vehicleTerms(vehicle));
    vehiclesShown.push(vehicleDisplay(vehicle));
  }
  await insertRows(db, 'vehicles', vehicleRows);
  await insertTerms(db, vehicleTermRows);
  await insertDisplayRows(db, vehiclesShown);
  return { people, units, plates };
}
