import { residentIdCheckChar } from '@qiantai/contracts';
import type { Agent } from '../../test/harness.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson } from '../people/people.test-kit.js';

// The tenant the lease, vehicle and parking tests build on, made through the API like the desk does.

/** The mainland mobile every test resident has: it must never appear unmasked. */
const SECRET_MOBILE = '13912345678';

let counter = 0;
/** Resident ID numbers handed out so far (each person needs their own; valid check digits). */
let idNumbers = 0;

function nextIdNumber(): string {
  const first17 = `11010519800101${String(100 + idNumbers).padStart(3, '0')}`;
  idNumbers += 1;
  return first17 + residentIdCheckChar(first17);
}

export interface Resident {
  unitId: string;
  unitCode: string;
  personId: string;
  name: string;
}

/** A new unit in a new building of the property, and a person (with mobile and ID number) living there. */
export async function resident(agent: Agent, propertyId: string, name = '王小明'): Promise<Resident> {
  counter += 1;
  const building = await makeBuilding(agent, propertyId, `T${counter}`);
  const unit = await makeUnit(agent, building.id, '1502');
  const person = await makePerson(agent, {
    propertyId,
    name,
    mobile: SECRET_MOBILE,
    idDocument: { idType: 'resident_id', idNumber: nextIdNumber() },
    unitLink: { unitId: unit.id, role: 'tenant' },
  });
  return { unitId: unit.id, unitCode: unit.code, personId: person.id, name };
}
