import type { z } from 'zod';
import type {
  createServiceRecordBodySchema,
  ServiceCategory,
  ServicePhrase,
  ServiceRecord,
  ServiceRecordDetail,
  ServiceSettings,
} from '@qiantai/contracts';
import { api } from '../../lib/api';
import type { Page } from '../common/page';

export type CreateServiceRecordInput = z.input<typeof createServiceRecordBodySchema>;

const list = (query: Record<string, string | number | undefined>) =>
  api.get<Page<ServiceRecord>>('/service-records', query);

/** The service-register routes the desk screen and its companions call; phones arrive masked. */
export const serviceDeskApi = {
  create: (body: CreateServiceRecordInput) => api.post<ServiceRecord>('/service-records', body),
  record: (id: string) => api.get<ServiceRecordDetail>(`/service-records/${id}`),
  acknowledge: (id: string, version: number) =>
    api.post<ServiceRecordDetail>(`/service-records/${id}/actions`, { action: 'acknowledge', version }),

  openOfPerson: (propertyId: string, customerPersonId: string) =>
    list({ propertyId, customerPersonId, open: 'true', pageSize: 20 }),
  openOfUnit: (propertyId: string, unitId: string) =>
    list({ propertyId, unitId, open: 'true', pageSize: 20 }),
  latestOfPerson: (propertyId: string, customerPersonId: string) =>
    list({ propertyId, customerPersonId, pageSize: 10 }),
  openMajor: (propertyId: string) =>
    list({ propertyId, severity: 'major,emergency', open: 'true', pageSize: 50 }),

  categories: (propertyId: string) =>
    api.get<ServiceCategory[]>('/service-config/categories', { propertyId }),
  phrases: (propertyId: string) => api.get<ServicePhrase[]>('/service-config/phrases', { propertyId }),
  settings: (propertyId: string) => api.get<ServiceSettings>('/service-config/settings', { propertyId }),
};
