import { useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

export interface LiveEvent {
  propertyId: string;
  data: unknown;
  at: number;
}

export type LiveHandlers = Partial<Record<string, (event: LiveEvent) => void>>;

const RECONNECT_MS = 5_000;

/**
 * One Server-Sent Events stream for the signed-in user. The browser reconnects by itself (and resends
 * Last-Event-ID) after network trouble; when the server refuses the stream outright we check the session,
 * which signs the user out if it has ended, and otherwise try again shortly.
 */
export function useLiveEvents(handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const topics = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const connect = () => {
      source = new EventSource('/api/v1/events');
      source.onopen = () => setStatus('connected');
      source.onerror = () => {
        setStatus('reconnecting');
        if (source?.readyState !== EventSource.CLOSED) return;
        void api.get('/auth/me').catch(() => undefined);
        retryTimer = setTimeout(() => !stopped && connect(), RECONNECT_MS);
      };
      for (const topic of topics.split(',').filter(Boolean)) {
        source.addEventListener(topic, (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as LiveEvent;
          handlersRef.current[topic]?.(event);
        });
      }
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [topics]);

  return status;
}
