import { useCan } from '../../app/auth/auth-context';
import { useApiQuery } from '../../lib/use-api-query';
import { serviceApi } from './service-api';

export interface StaffOption {
  id: string;
  name: string;
  departmentId: string | null;
}

/**
 * Active staff of the property, for assigning work and filtering by handler (GET /service-staff:
 * names and departments only). Null while loading or for callers who may not assign.
 */
export function useStaff(propertyId: string | null): StaffOption[] | null {
  const manages = useCan('service.manage');
  const logs = useCan('service.create');
  const canAssign = manages || logs;
  const staff = useApiQuery(`service-staff:${canAssign}:${propertyId}`, () =>
    canAssign && propertyId ? serviceApi.staff(propertyId) : Promise.resolve(null),
  );
  if (!staff.data) return null;
  return staff.data.map((u) => ({ id: u.id, name: u.displayName, departmentId: u.departmentId }));
}
