import type { z } from 'zod';
import type {
  createPhonebookEntryBodySchema,
  PhonebookEntry,
  updatePhonebookEntryBodySchema,
} from '@qiantai/contracts';
import { api } from '../../lib/api';

export const phonebookApi = {
  list: (propertyId: string) => api.get<PhonebookEntry[]>('/phonebook', { propertyId }),
  create: (body: z.input<typeof createPhonebookEntryBodySchema>) =>
    api.post<PhonebookEntry>('/phonebook', body),
  update: (id: string, body: z.input<typeof updatePhonebookEntryBodySchema>) =>
    api.patch<PhonebookEntry>(`/phonebook/${id}`, body),
  remove: (id: string) => api.delete<{ ok: true }>(`/phonebook/${id}`),
};
