import { describe, expect, test } from 'vitest';
import { translator } from '../../app/i18n/catalogues';
import { jobFailedNotice } from './job-failed-notice';

// The payload as server/src/platform/jobs/platform-jobs.ts publishes it (and live-events.test.ts pins).
const failed = {
  propertyId: 'p-1',
  at: 1,
  data: { jobId: 'j-1', kind: 'lease.reminder', attempts: 5, error: 'meter reader offline' },
};

describe('the notice of a failed job', () => {
  test('says which job failed, in words, and why, in both languages', () => {
    expect(jobFailedNotice(translator('en'), failed)).toEqual({
      title: 'A background job failed',
      description: '“Lease expiry reminder” failed: meter reader offline',
    });
    expect(jobFailedNotice(translator('zh-CN'), failed).description).toBe(
      '任务“租约到期提醒”执行失败：meter reader offline',
    );
  });
});
