import { useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import type { LiveEvent, LiveHandlers } from './live-topics';

export type { LiveEvent, LiveHandler, LiveHandlers, LiveTopic, LiveTopics } from './live-topics';
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

type Listener = (event: LiveEvent) => void;

const RECONNECT_MS = 5_000;

/**
 * One Server-Sent Events stream per browser tab for the signed-in user, shared by every component
 * that listens (the shell, the register, a record page): pages add their topics to it instead of
 * opening connections of their own. The browser reconnects by itself (and resends Last-Event-ID)
 * after network trouble; when the server refuses the stream outright we check the session, which
 * signs the user out if it has ended, and otherwise try again shortly. The stream closes when
 * nobody listens any more (signed out).
 */
class SharedStream {
  status: LiveStatus = 'connecting';
  private source: EventSource | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly attached = new Set<string>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();

  subscribe(topics: Record<string, Listener>, onStatus: (status: LiveStatus) => void): () => void {
    for (const [topic, listener] of Object.entries(topics)) {
      const set = this.listeners.get(topic) ?? new Set<Listener>();
      set.add(listener);
      this.listeners.set(topic, set);
      this.attach(topic);
    }
    this.statusListeners.add(onStatus);
    onStatus(this.status);
    if (!this.source && this.retryTimer === undefined) this.connect();
    return () => {
      for (const [topic, listener] of Object.entries(topics)) this.listeners.get(topic)?.delete(listener);
      this.statusListeners.delete(onStatus);
      if (this.statusListeners.size === 0) this.close();
    };
  }

  private setStatus(status: LiveStatus) {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private connect() {
    this.retryTimer = undefined;
    const source = new EventSource('/api/v1/events');
    this.source = source;
    this.attached.clear();
    for (const topic of this.listeners.keys()) this.attach(topic);
    source.onopen = () => this.setStatus('connected');
    source.onerror = () => {
      this.setStatus('reconnecting');
      if (source.readyState !== EventSource.CLOSED) return;
      this.source = null;
      void api.get('/auth/me').catch(() => undefined);
      this.retryTimer = setTimeout(() => this.connect(), RECONNECT_MS);
    };
  }

  private attach(topic: string) {
    if (!this.source || this.attached.has(topic)) return;
    this.attached.add(topic);
    this.source.addEventListener(topic, (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LiveEvent;
      for (const listener of this.listeners.get(topic) ?? []) listener(event);
    });
  }

  private close() {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = null;
    this.attached.clear();
    this.status = 'connecting';
  }
}

const stream = new SharedStream();

/** The stream hands over whatever the server sent under a topic; LiveTopics says what that is. */
function dispatch(handlers: LiveHandlers, topic: string, event: LiveEvent) {
  (handlers as Record<string, Listener | undefined>)[topic]?.(event);
}

/** Listens to topics of the tab's one live stream; returns the stream's state. */
export function useLiveEvents(handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(stream.status);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const topics = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    const listeners = Object.fromEntries(
      topics
        .split(',')
        .filter(Boolean)
        .map((topic): [string, Listener] => [topic, (event) => dispatch(handlersRef.current, topic, event)]),
    );
    return stream.subscribe(listeners, setStatus);
  }, [topics]);

  return status;
}
