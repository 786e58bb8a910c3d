import { residentIdCheckChar } from '@qiantai/contracts';
import { created } from '../../test/created.js';
import type { Agent } from '../../test/harness.js';

// People made through the API, as a desk would, and the resident ID numbers they carry.

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

export async function makePerson(agent: Agent, body: Record<string, unknown>) {
  return created<{ id: string; version: number; name: string }>(
    await agent.request('POST', '/api/v1/people', body),
  );
}
