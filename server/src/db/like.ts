import { sql, type RawBuilder } from 'kysely';

// Text search in lists. User input is matched literally: % and _ are escaped, and the ESCAPE clause
// makes that work on SQLite too (PostgreSQL assumes it). lower() makes both dialects ignore case.
const escapeLike = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

export function containsText(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${`%${escapeLike(text)}%`} escape '\\'`;
}

export function startsWithText(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${`${escapeLike(text)}%`} escape '\\'`;
}
