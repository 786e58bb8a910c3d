import type { z } from 'zod';
import type {
  createServiceRecordBodySchema,
  FollowUp,
  followUpQuerySchema,
  recordFollowUpBodySchema,
  serviceActionBodySchema,
  ServiceRecord,
  ServiceRecordDetail,
  ServiceRecordQuery,
  updateServiceRecordBodySchema,
} from '@qiantai/contracts';
import { api } from '../../lib/api';
import type { Page } from '../common/page';

type In<S extends z.ZodType> = z.input<S>;

/**
 * What the register list may be asked: the contract's query, with the comma lists (kind, status,
 * severity) as the strings that travel in the URL.
 */
export type RecordListQuery = Partial<
  Omit<ServiceRecordQuery, 'kind' | 'status' | 'severity' | 'page' | 'pageSize'>
> & {
  propertyId: string;
  page?: number;
  pageSize?: number;
  kind?: string;
  status?: string;
  severity?: string;
};

export type FollowUpListQuery = Partial<
  Omit<z.output<typeof followUpQuerySchema>, 'propertyId' | 'page' | 'pageSize'>
> & { propertyId: string; page?: number; pageSize?: number };

/** The service register's routes under /api/v1, one function each; phones arrive masked. */
export const serviceApi = {
  list: (query: RecordListQuery) =>
    api.get<Page<ServiceRecord> & { totalCapped: boolean }>('/service-records', query),
  get: (id: string) => api.get<ServiceRecordDetail>(`/service-records/${id}`),
  create: (body: In<typeof createServiceRecordBodySchema>) =>
    api.post<ServiceRecord>('/service-records', body),
  update: (id: string, body: In<typeof updateServiceRecordBodySchema>) =>
    api.patch<ServiceRecord>(`/service-records/${id}`, body),
  /** One step of the workflow; carries the version on screen (a stale one answers 409). */
  act: (id: string, body: In<typeof serviceActionBodySchema>) =>
    api.post<ServiceRecordDetail>(`/service-records/${id}/actions`, body),
  /** The caller's full phone number; the server audits every reveal. */
  revealPhone: (id: string) =>
    api.post<{ field: 'customerPhone'; value: string }>(`/service-records/${id}/reveal`, {
      field: 'customerPhone',
    }),

  /** A photo or PDF as the raw request body, its name percent-encoded in a header. */
  attach: (id: string, file: File) =>
    api.upload<ServiceRecordDetail>(`/service-records/${id}/attachments`, file, file.type, {
      'x-file-name': encodeURIComponent(file.name),
    }),
  /** Where the browser fetches an attached file (same origin; the session cookie goes along). */
  attachmentUrl: (id: string, fileId: string) => `/api/v1/service-records/${id}/attachments/${fileId}`,
  staff: (propertyId: string) =>
    api.get<{ id: string; displayName: string; departmentId: string | null }[]>('/service-staff', {
      propertyId,
    }),
  followUps: (query: FollowUpListQuery) => api.get<Page<FollowUp>>('/service-follow-ups', query),
  recordFollowUp: (id: string, body: In<typeof recordFollowUpBodySchema>) =>
    api.post<FollowUp>(`/service-follow-ups/${id}/record`, body),
};
