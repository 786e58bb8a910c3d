import { App } from 'antd';
import type { z } from 'zod';
import type { serviceActionBodySchema } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { isStale, transitionRefused } from './action-errors';
import { serviceApi } from './service-api';
import { actionLabel } from './service-labels';

type ActionBody = z.input<typeof serviceActionBodySchema>;

/**
 * Sends an action on a record. Success (true) and the two "the record has moved on" conflicts (false)
 * reload the record and resolve, so the dialog closes: what the user decided may no longer fit. Any
 * other error rejects, for the form to show.
 */
export function useRecordAction(recordId: string, reload: () => void) {
  const t = useT();
  const { message } = App.useApp();
  return async (body: ActionBody, done = t('serviceRecord.saved')): Promise<boolean> => {
    let applied = false;
    try {
      await serviceApi.act(recordId, body);
      message.success(done);
      applied = true;
    } catch (e) {
      const allowed = transitionRefused(e);
      if (isStale(e)) message.warning(t('serviceRecord.stale'));
      else if (allowed)
        message.warning(
          allowed.length
            ? t('serviceRecord.transitionAllowed', {
                allowed: allowed.map((a) => actionLabel(t, a)).join('、'),
              })
            : t('serviceRecord.transition'),
        );
      else throw e;
    }
    reload();
    return applied;
  };
}
