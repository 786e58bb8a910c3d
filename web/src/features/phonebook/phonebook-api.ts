import type { z } from 'zod';
import type {
  createPhonebookEntryBodySchema,
  PhonebookEntry,
  updatePhonebookEntryBodySchema,
} from '@qiantai/contracts';
import { api, withQuery } from '../../lib/api';

export const phonebookApi = {
  list: (propertyId: string) => api.get<PhonebookEntry[]>('/phonebook', { propertyId }),
  create: (body: z.input<typeof createPhonebookEntryBodySchema>) =>
    api.post<PhonebookEntry>('/phonebook', body),
  update: (id: string, body: z.input<typeof updatePhonebookEntryBodySchema>) =>
    api.patch<PhonebookEntry>(`/phonebook/${id}`, body),
  /** Sends the version on screen: a line someone changed since is not deleted (409, reload and retry). */
  remove: (entry: Pick<PhonebookEntry, 'id' | 'version'>) =>
    api.delete<{ ok: true }>(withQuery(`/phonebook/${entry.id}`, { version: entry.version })),
};

/** What re-creates a deleted line as it was (the undo after a delete): every field but id and version. */
export function restoreBody(entry: PhonebookEntry): z.input<typeof createPhonebookEntryBodySchema> {
  const { id: _id, version: _version, ...fields } = entry;
  return fields;
}
