import { useCurrentProperty } from '../../app/property/property-context';

/** The property the desk works for; the directory lists only ever show one property's records. */
export function usePropertyId(): string | null {
  return useCurrentProperty().current?.id ?? null;
}
