import type { z } from 'zod';
import type {
  BusinessHours,
  createHolidayBodySchema,
  createServiceCategoryBodySchema,
  createServicePhraseBodySchema,
  createSlaPolicyBodySchema,
  EscalationLevels,
  Holiday,
  putBusinessHoursBodySchema,
  putServiceSettingsBodySchema,
  replaceEscalationLevelsBodySchema,
  ServiceCategory,
  ServicePhrase,
  ServiceSettings,
  SlaPolicy,
  updateServiceCategoryBodySchema,
  updateServicePhraseBodySchema,
  updateSlaPolicyBodySchema,
} from '@qiantai/contracts';
import { api, withQuery } from '../../lib/api';

const BASE = '/service-config';
type In<S extends z.ZodType> = z.input<S>;

/** The service-register configuration of one property (/api/v1/service-config/…). */
export const serviceConfigApi = {
  categories: (propertyId: string) =>
    api.get<ServiceCategory[]>(`${BASE}/categories`, { propertyId, includeInactive: 'true' }),
  createCategory: (body: In<typeof createServiceCategoryBodySchema>) =>
    api.post<ServiceCategory>(`${BASE}/categories`, body),
  updateCategory: (id: string, body: In<typeof updateServiceCategoryBodySchema>) =>
    api.patch<ServiceCategory>(`${BASE}/categories/${id}`, body),

  policies: (propertyId: string) => api.get<SlaPolicy[]>(`${BASE}/sla-policies`, { propertyId }),
  createPolicy: (body: In<typeof createSlaPolicyBodySchema>) =>
    api.post<SlaPolicy>(`${BASE}/sla-policies`, body),
  updatePolicy: (id: string, body: In<typeof updateSlaPolicyBodySchema>) =>
    api.patch<SlaPolicy>(`${BASE}/sla-policies/${id}`, body),
  /** Sends the version on screen: a policy changed since is not deleted (409). */
  deletePolicy: (p: Pick<SlaPolicy, 'id' | 'version'>) =>
    api.delete<{ ok: true }>(withQuery(`${BASE}/sla-policies/${p.id}`, { version: p.version })),

  escalation: (propertyId: string) => api.get<EscalationLevels>(`${BASE}/escalation-levels`, { propertyId }),
  replaceEscalation: (body: In<typeof replaceEscalationLevelsBodySchema>) =>
    api.put<EscalationLevels>(`${BASE}/escalation-levels`, body),

  hours: (propertyId: string) => api.get<BusinessHours>(`${BASE}/business-hours`, { propertyId }),
  putHours: (body: In<typeof putBusinessHoursBodySchema>) =>
    api.put<BusinessHours>(`${BASE}/business-hours`, body),

  holidays: (propertyId: string, year: number) =>
    api.get<Holiday[]>(`${BASE}/holidays`, { propertyId, year }),
  addHoliday: (body: In<typeof createHolidayBodySchema>) => api.post<Holiday>(`${BASE}/holidays`, body),
  removeHoliday: (id: string) => api.delete<{ ok: true }>(`${BASE}/holidays/${id}`),

  phrases: (propertyId: string) =>
    api.get<ServicePhrase[]>(`${BASE}/phrases`, { propertyId, includeInactive: 'true' }),
  createPhrase: (body: In<typeof createServicePhraseBodySchema>) =>
    api.post<ServicePhrase>(`${BASE}/phrases`, body),
  updatePhrase: (id: string, body: In<typeof updateServicePhraseBodySchema>) =>
    api.patch<ServicePhrase>(`${BASE}/phrases/${id}`, body),

  settings: (propertyId: string) => api.get<ServiceSettings>(`${BASE}/settings`, { propertyId }),
  putSettings: (body: In<typeof putServiceSettingsBodySchema>) =>
    api.put<ServiceSettings>(`${BASE}/settings`, body),
};
