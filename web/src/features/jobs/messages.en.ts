import type { jobsZhCN } from './messages.zh-CN';

export const jobsEn: Record<keyof typeof jobsZhCN, string> = {
  'nav.jobs': 'Background jobs',

  'jobs.failed.title': 'A background job failed',
  'jobs.failed.body': '“{kind}” failed: {error}',

  'jobs.title': 'Background jobs',
  'jobs.subtitle': 'Scheduled work the system runs; failed jobs can be retried',
  'jobs.filterStatus': 'Status',
  'jobs.status.pending': 'Pending',
  'jobs.status.running': 'Running',
  'jobs.status.done': 'Done',
  'jobs.status.failed': 'Failed',
  'jobs.col.kind': 'Job',
  'jobs.col.status': 'Status',
  'jobs.col.attempts': 'Attempts',
  'jobs.col.runAt': 'Scheduled for',
  'jobs.col.updatedAt': 'Updated',
  'jobs.col.lastError': 'Last error',
  'jobs.retried': 'The job is queued again',
  'jobs.empty': 'No jobs match this filter',

  'audit.action.job.retry': 'Job retried',
  'jobs.kind.platform.purge-sessions': 'Purge expired sessions',
};
