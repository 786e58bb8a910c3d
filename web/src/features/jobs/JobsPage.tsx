import { useState } from 'react';
import { App, Button, Select } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { JOB_STATUSES, type Job } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { api } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { JobsTable } from './JobsTable';

type JobStatus = (typeof JOB_STATUSES)[number];

export default function JobsPage() {
  const t = useT();
  const { message } = App.useApp();
  const canRetry = useCan('job.retry');
  const [status, setStatus] = useState<JobStatus>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [retrying, setRetrying] = useState<string | null>(null);
  const query = { status, ...paging };
  const jobs = useApiQuery(JSON.stringify(query), () =>
    api.get<{ items: Job[]; total: number }>('/admin/jobs', query),
  );

  const retry = async (job: Job) => {
    setRetrying(job.id);
    try {
      await api.post(`/admin/jobs/${job.id}/retry`);
      message.success(t('jobs.retried'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setRetrying(null);
      jobs.reload();
    }
  };

  return (
    <>
      <PageHeader
        title={t('jobs.title')}
        subtitle={t('jobs.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={jobs.reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      <PageCard>
        <Select<JobStatus>
          allowClear
          placeholder={t('jobs.filterStatus')}
          value={status}
          onChange={(next) => {
            setStatus(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={JOB_STATUSES.map((s) => ({ value: s, label: t(`jobs.status.${s}`) }))}
          style={{ width: 160, marginBottom: 16 }}
        />
        {jobs.error ? (
          <ErrorState error={jobs.error} onRetry={jobs.reload} />
        ) : (
          <JobsTable
            rows={jobs.data?.items ?? []}
            total={jobs.data?.total ?? 0}
            {...paging}
            loading={jobs.loading}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
            onRetry={canRetry ? retry : undefined}
            retryingId={retrying}
          />
        )}
      </PageCard>
    </>
  );
}
