import { useCallback, useEffect, useState } from 'react';

export interface WaitTimer {
  /** Seconds the customer has waited, or null while nobody is being served. */
  seconds: number | null;
  /** Starts the clock if it is not already running (a customer chosen, the form first typed in). */
  start(): void;
  /** Stops and forgets it (saved or cleared: the next customer starts from zero). */
  reset(): void;
}

/** How long the customer in front of the desk has been waiting, ticking once a second. */
export function useWaitTimer(): WaitTimer {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);

  const start = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setStartedAt((was) => was ?? at);
  }, []);
  const reset = useCallback(() => setStartedAt(null), []);
  const seconds = startedAt === null ? null : Math.max(0, Math.floor((now - startedAt) / 1000));
  return { seconds, start, reset };
}

/** 75 → "1:15"; 3725 → "1:02:05". */
export function formatWait(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
