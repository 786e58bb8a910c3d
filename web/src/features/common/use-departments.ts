import type { Department } from '@qiantai/contracts';
import { api } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';

/** Departments of the given properties, one request per property (the API lists them per property). */
export function useDepartments(propertyIds: readonly string[]) {
  const ids = [...new Set(propertyIds)].sort();
  return useApiQuery(`departments:${ids.join(',')}`, async () => {
    const lists = await Promise.all(ids.map((id) => api.get<Department[]>(`/properties/${id}/departments`)));
    return lists.flat();
  });
}
