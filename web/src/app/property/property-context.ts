import { createContext, useContext } from 'react';
import type { PropertySummary } from '@qiantai/contracts';

export interface PropertyState {
  properties: PropertySummary[];
  /** The property the desk is working for; every property-scoped module reads it from here. */
  current: PropertySummary | null;
  setCurrentId(id: string): void;
}

export const PropertyContext = createContext<PropertyState | null>(null);

export function useCurrentProperty(): PropertyState {
  const value = useContext(PropertyContext);
  if (!value) throw new Error('useCurrentProperty outside PropertyProvider');
  return value;
}
