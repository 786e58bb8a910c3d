import { useEffect, useRef } from 'react';
import { useLiveEvents, type LiveTopics } from '../../app/live/use-live-events';

/** What a 'service.record.changed' event says: ids and the status, nothing more. */
export type RecordChange = LiveTopics['service.record.changed'];

/** Several changes in a burst (a forward, then an accept) cause one reload, not several. */
const DEBOUNCE_MS = 800;

/**
 * Calls `onChange` (debounced) when a record of the property changes anywhere: another desk, a
 * department, the deadline loop. `which` narrows it to the changes that matter to the page.
 */
export function useRecordChanges(
  propertyId: string | null,
  onChange: () => void,
  which: (change: RecordChange) => boolean = () => true,
) {
  const callbacks = useRef({ onChange, which });
  useEffect(() => {
    callbacks.current = { onChange, which };
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useLiveEvents({
    'service.record.changed': (event) => {
      if (event.propertyId !== propertyId) return;
      if (!callbacks.current.which(event.data)) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => callbacks.current.onChange(), DEBOUNCE_MS);
    },
  });
}
