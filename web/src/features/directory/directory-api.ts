import type { z } from 'zod';
import type {
  AuditEntry,
  Building,
  createBuildingBodySchema,
  createLeaseBodySchema,
  createParkingSpaceBodySchema,
  createPersonBodySchema,
  createUnitBodySchema,
  createVehicleBodySchema,
  Lease,
  leaseListQuerySchema,
  linkPersonUnitBodySchema,
  updatePersonUnitBodySchema,
  ParkingSpace,
  parkingListQuerySchema,
  Person,
  PersonCard,
  personListItemSchema,
  personListQuerySchema,
  PersonUnit,
  revealResultSchema,
  Unit,
  unitListQuerySchema,
  updateBuildingBodySchema,
  updateLeaseBodySchema,
  updateParkingSpaceBodySchema,
  updatePersonBodySchema,
  updateUnitBodySchema,
  updateVehicleBodySchema,
  Vehicle,
  vehicleListQuerySchema,
} from '@qiantai/contracts';
import { api } from '../../lib/api';
import type { Page } from '../common/page';

export type PersonListItem = z.infer<typeof personListItemSchema>;
export type UnitDetail = Unit & { people: PersonUnit[] };
export type RevealField = z.infer<typeof revealResultSchema>['field'];
type In<S extends z.ZodType> = z.input<S>;
type Query<S extends z.ZodType> = Partial<z.output<S>>;

/** The directory routes under /api/v1, one function each; phones and ID numbers arrive masked. */
export const directoryApi = {
  buildings: (propertyId: string) => api.get<Building[]>('/buildings', { propertyId }),
  createBuilding: (body: In<typeof createBuildingBodySchema>) => api.post<Building>('/buildings', body),
  updateBuilding: (id: string, body: In<typeof updateBuildingBodySchema>) =>
    api.patch<Building>(`/buildings/${id}`, body),

  units: (query: Query<typeof unitListQuerySchema>) => api.get<Page<Unit>>('/units', query),
  unit: (id: string) => api.get<UnitDetail>(`/units/${id}`),
  createUnit: (body: In<typeof createUnitBodySchema>) => api.post<Unit>('/units', body),
  updateUnit: (id: string, body: In<typeof updateUnitBodySchema>) => api.patch<Unit>(`/units/${id}`, body),

  people: (query: Query<typeof personListQuerySchema>) => api.get<Page<PersonListItem>>('/people', query),
  person: (id: string) => api.get<Person>(`/people/${id}`),
  card: (id: string) => api.get<PersonCard>(`/people/${id}/card`),
  history: (id: string) => api.get<{ items: AuditEntry[] }>(`/people/${id}/history`),
  reveal: (id: string, field: RevealField) =>
    api.post<{ field: RevealField; value: string | string[] | null }>(`/people/${id}/reveal`, { field }),
  createPerson: (body: In<typeof createPersonBodySchema>) => api.post<Person>('/people', body),
  updatePerson: (id: string, body: In<typeof updatePersonBodySchema>) =>
    api.patch<Person>(`/people/${id}`, body),
  linkUnit: (personId: string, body: In<typeof linkPersonUnitBodySchema>) =>
    api.post<PersonUnit>(`/people/${personId}/units`, body),
  endLink: (personId: string, linkId: string, until: string) =>
    api.post<PersonUnit>(`/people/${personId}/units/${linkId}/end`, { until }),
  updateLink: (personId: string, linkId: string, body: In<typeof updatePersonUnitBodySchema>) =>
    api.patch<PersonUnit>(`/people/${personId}/units/${linkId}`, body),

  vehicle: (id: string) => api.get<Vehicle>(`/vehicles/${id}`),
  vehicles: (query: Query<typeof vehicleListQuerySchema>) => api.get<Page<Vehicle>>('/vehicles', query),
  createVehicle: (body: In<typeof createVehicleBodySchema>) => api.post<Vehicle>('/vehicles', body),
  updateVehicle: (id: string, body: In<typeof updateVehicleBodySchema>) =>
    api.patch<Vehicle>(`/vehicles/${id}`, body),

  parkingSpace: (id: string) => api.get<ParkingSpace>(`/parking-spaces/${id}`),
  parking: (query: Query<typeof parkingListQuerySchema>) =>
    api.get<Page<ParkingSpace>>('/parking-spaces', query),
  createParking: (body: In<typeof createParkingSpaceBodySchema>) =>
    api.post<ParkingSpace>('/parking-spaces', body),
  updateParking: (id: string, body: In<typeof updateParkingSpaceBodySchema>) =>
    api.patch<ParkingSpace>(`/parking-spaces/${id}`, body),

  lease: (id: string) => api.get<Lease>(`/leases/${id}`),
  leases: (query: Query<typeof leaseListQuerySchema>) => api.get<Page<Lease>>('/leases', query),
  createLease: (body: In<typeof createLeaseBodySchema>) => api.post<Lease>('/leases', body),
  updateLease: (id: string, body: In<typeof updateLeaseBodySchema>) =>
    api.patch<Lease>(`/leases/${id}`, body),
  uploadContract: (id: string, file: File) =>
    api.upload<Lease>(`/leases/${id}/contract`, file, file.type, {
      'x-file-name': encodeURIComponent(file.name),
    }),
  downloadContract: (lease: Lease) =>
    api.download(`/leases/${lease.id}/contract`, {}, lease.contractFileName ?? 'contract'),
};
