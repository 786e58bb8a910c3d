import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads data whenever `key` changes (a string describing the request, e.g. the query string).
 * Answers to superseded requests are dropped, so fast filter changes never show stale rows.
 */
export function useApiQuery<T>(key: string, load: () => Promise<T>): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (ticket !== latest.current) return;
        setError(
          reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', String(reason), null, null),
        );
        setLoading(false);
      },
    );
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}
