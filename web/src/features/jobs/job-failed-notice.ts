import { useMemo } from 'react';
import { App } from 'antd';
import type { Translate } from '../../app/i18n/catalogues';
import { useT } from '../../app/i18n/locale-context';
import type { LiveEvent, LiveHandlers, LiveTopics } from '../../app/live/use-live-events';
import { jobKindLabel } from './job-kind-label';

/** What the notice of a job that failed for good says. */
export function jobFailedNotice(t: Translate, { data }: LiveEvent<LiveTopics['job.failed']>) {
  return {
    title: t('jobs.failed.title'),
    description: t('jobs.failed.body', { kind: jobKindLabel(data.kind, t), error: data.error }),
  };
}

/** Holders of job.read hear of a job that failed for good as it happens (the jobs page lists it too). */
export function useJobFailedNotice(): LiveHandlers {
  const t = useT();
  const { notification } = App.useApp();
  return useMemo(
    () => ({ 'job.failed': (event) => notification.error(jobFailedNotice(t, event)) }),
    [t, notification],
  );
}
