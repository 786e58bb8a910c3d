import { randomBytes } from 'node:crypto';

let lastId = '';

/**
 * UUIDv7: time-ordered, so new rows append to indexes and ids sort by creation. The tail of a
 * UUIDv7 is random, so two ids of the same millisecond would sort at random; within this process
 * an id that does not sort after the previous one is replaced by its successor (RFC 9562 §6.2,
 * method 3). Audit entries and live events rely on that order.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = bytes.toString('hex');
  const previous = lastId.replaceAll('-', '');
  if (hex <= previous) hex = (BigInt(`0x${previous}`) + 1n).toString(16).padStart(32, '0');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  lastId = id;
  return id;
}
