import { useEffect, useState } from 'react';
import type { ServiceSettings } from '@qiantai/contracts';
import { api } from '../../lib/api';
import { DEFAULT_WARNING_SHARE } from './deadlines';

// The property's warning share (service settings), asked once per property and page load: every
// countdown on a register page reads it, and it changes only on the configuration page.
const asked = new Map<string, Promise<number>>();

function warningShareOf(propertyId: string): Promise<number> {
  let answer = asked.get(propertyId);
  if (!answer) {
    answer = api
      .get<ServiceSettings>('/service-config/settings', { propertyId })
      .then((s) => s.warningShare)
      .catch(() => {
        asked.delete(propertyId);
        return DEFAULT_WARNING_SHARE;
      });
    asked.set(propertyId, answer);
  }
  return answer;
}

/** When a running deadline turns amber: the property's share of its time, 80 % until known. */
export function useWarningShare(propertyId: string): number {
  const [share, setShare] = useState(DEFAULT_WARNING_SHARE);
  useEffect(() => {
    let current = true;
    void warningShareOf(propertyId).then((value) => current && setShare(value));
    return () => {
      current = false;
    };
  }, [propertyId]);
  return share;
}
