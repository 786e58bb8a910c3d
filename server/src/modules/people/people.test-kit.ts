import { residentIdCheckChar } from '@qiantai/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { Agent } from '../../test/harness.js';

// Helpers shared by the buildings and people tests: records made through the API, as a desk would.

/** A valid 18-character resident ID number born on `birth` (YYYYMMDD), with its correct check digit. */
export function residentId(birth = '19900307', sequence = '123', region = '440305'): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id.endsWith('0') ? '1' : '0';
  return `${id.slice(0, 17)}${wrong === id[17] ? '2' : wrong}`;
}

export function created<T = { id: string; version: number }>(res: LightMyRequestResponse): T {
  if (res.statusCode !== 201) throw new Error(`expected 201, got ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

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

export async function makePerson(agent: Agent, body: Record<string, unknown>) {
  return created<{ id: string; version: number; name: string }>(
    await agent.request('POST', '/api/v1/people', body),
  );
}
