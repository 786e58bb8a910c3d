import { useEffect, useState } from 'react';
import type { SearchResult } from '@qiantai/contracts';
import { api, ApiError } from '../../lib/api';

const DEBOUNCE_MS = 150;

export interface DeskLookupState {
  results: SearchResult[];
  /** The query the results answer (they may lag behind what is typed). */
  answered: string;
  loading: boolean;
  error: ApiError | null;
}

const idle: DeskLookupState = { results: [], answered: '', loading: false, error: null };

/**
 * Results as the receptionist types: waits for a short pause, and aborts a request as soon as a newer
 * query replaces it, so a slow answer for "zh" can never overwrite the answer for "zhw".
 */
export function useDeskLookup(propertyId: string | undefined, query: string): DeskLookupState {
  const [state, setState] = useState<DeskLookupState>(idle);
  const q = query.trim();

  useEffect(() => {
    if (!propertyId || !q) {
      setState(idle);
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      api
        .get<{ items: SearchResult[] }>(
          '/directory/search',
          { propertyId, q, limit: 12 },
          { signal: controller.signal },
        )
        .then(
          ({ items }) => setState({ results: items, answered: q, loading: false, error: null }),
          (error: unknown) => {
            if (controller.signal.aborted) return;
            setState({
              results: [],
              answered: q,
              loading: false,
              error: error instanceof ApiError ? error : null,
            });
          },
        );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [propertyId, q]);

  return state;
}
