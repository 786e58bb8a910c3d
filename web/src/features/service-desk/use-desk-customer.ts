import { useCallback, useRef, useState } from 'react';
import type { PersonCard } from '@qiantai/contracts';
import { ApiError } from '../../lib/api';
import { directoryApi, type UnitDetail } from '../directory/directory-api';
import { isCurrentLink } from '../directory/directory-format';

/**
 * Who the desk is serving: a person from the directory (and one of their units), a unit whose caller
 * is not identified, or nobody yet (an unregistered caller, typed by name and phone in the form).
 */
export type DeskCustomer =
  | { type: 'none' }
  | { type: 'person'; card: PersonCard; unitId: string | null }
  | { type: 'unit'; unit: UnitDetail };

export interface DeskCustomerState {
  customer: DeskCustomer;
  loading: boolean;
  error: ApiError | null;
  choosePerson(personId: string, preferredUnitId?: string | null): Promise<boolean>;
  chooseUnit(unitId: string): Promise<boolean>;
  setUnitId(unitId: string | null): void;
  clear(): void;
}

/** The unit a person is most likely calling about: the one asked for, else their first current home. */
function defaultUnitId(card: PersonCard, preferred: string | null | undefined): string | null {
  const current = card.units.filter((u) => isCurrentLink(u));
  if (preferred && card.units.some((u) => u.unitId === preferred)) return preferred;
  return current[0]?.unitId ?? null;
}

export function useDeskCustomer(): DeskCustomerState {
  const [customer, setCustomer] = useState<DeskCustomer>({ type: 'none' });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A slower answer for an earlier pick must not replace a later one.
  const ticket = useRef(0);

  const load = useCallback(async (fetch: () => Promise<DeskCustomer>) => {
    const mine = ++ticket.current;
    setLoading(true);
    setError(null);
    try {
      const next = await fetch();
      if (mine !== ticket.current) return false;
      setCustomer(next);
      return true;
    } catch (e) {
      if (mine === ticket.current) setError(e instanceof ApiError ? e : null);
      return false;
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, []);

  const choosePerson = useCallback(
    (personId: string, preferredUnitId?: string | null) =>
      load(async () => {
        const card = await directoryApi.card(personId);
        return { type: 'person', card, unitId: defaultUnitId(card, preferredUnitId) };
      }),
    [load],
  );
  const chooseUnit = useCallback(
    (unitId: string) => load(async () => ({ type: 'unit', unit: await directoryApi.unit(unitId) })),
    [load],
  );
  const setUnitId = useCallback(
    (unitId: string | null) => setCustomer((c) => (c.type === 'person' ? { ...c, unitId } : c)),
    [],
  );
  const clear = useCallback(() => {
    ticket.current++;
    setLoading(false);
    setError(null);
    setCustomer({ type: 'none' });
  }, []);

  return { customer, loading, error, choosePerson, chooseUnit, setUnitId, clear };
}

/** The property the record belongs to: the chosen person's or unit's, else the desk's current one. */
export function customerPropertyId(customer: DeskCustomer, fallback: string | null): string | null {
  if (customer.type === 'person') return customer.card.person.propertyId;
  if (customer.type === 'unit') return customer.unit.propertyId;
  return fallback;
}

/** The customer's language for the phrase prompts: English only when the directory says so. */
export function customerLanguage(customer: DeskCustomer): 'zh-CN' | 'en' {
  return customer.type === 'person' && customer.card.person.language.toLowerCase().startsWith('en')
    ? 'en'
    : 'zh-CN';
}
