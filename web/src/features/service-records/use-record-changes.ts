import { useEffect, useRef } from 'react';
import { useLiveEvents, type LiveEvent } from '../../app/live/use-live-events';

export interface RecordChange {
  id: string;
  number: string;
  status: string;
  departmentId: string | null;
}

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
    'service.record.changed': (event: LiveEvent) => {
      if (event.propertyId !== propertyId) return;
      if (!callbacks.current.which(event.data as RecordChange)) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => callbacks.current.onChange(), DEBOUNCE_MS);
    },
  });
}
