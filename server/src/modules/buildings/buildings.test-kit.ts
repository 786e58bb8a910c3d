import { created } from '../../test/created.js';
import type { Agent } from '../../test/harness.js';

// Buildings and units made through the API, as a desk would.

export async function makeBuilding(agent: Agent, propertyId: string, code: string) {
  return created(await agent.request('POST', '/api/v1/buildings', { propertyId, code, name: `${code}栋` }));
}

export async function makeUnit(
  agent: Agent,
  buildingId: string,
  room: string,
  entrance: string | null = null,
) {
  return created<{ id: string; code: string; version: number }>(
    await agent.request('POST', '/api/v1/units', { buildingId, entrance, room }),
  );
}
