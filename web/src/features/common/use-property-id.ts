import { useCurrentProperty } from '../../app/property/property-context';

/** The property the desk works for: lists (directory, register, phone book…) show one property at a time. */
export function usePropertyId(): string | null {
  return useCurrentProperty().current?.id ?? null;
}
