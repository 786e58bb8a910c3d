import { useMemo, useState, type ReactNode } from 'react';
import { useMe } from '../auth/auth-context';
import { PropertyContext, type PropertyState } from './property-context';

const KEY = 'qiantai.propertyId';

export function PropertyProvider({ children }: { children: ReactNode }) {
  const { properties } = useMe();
  const [chosenId, setChosenId] = useState(() => localStorage.getItem(KEY));

  const value = useMemo<PropertyState>(() => {
    // A remembered property the user no longer holds falls back to their first one.
    const current = properties.find((p) => p.id === chosenId) ?? properties[0] ?? null;
    return {
      properties,
      current,
      setCurrentId(id) {
        localStorage.setItem(KEY, id);
        setChosenId(id);
      },
    };
  }, [properties, chosenId]);

  return <PropertyContext.Provider value={value}>{children}</PropertyContext.Provider>;
}
