import { useState } from 'react';
import { Button, Typography } from 'antd';
import { ClockCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { api } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';

interface AuditPageData {
  items: AuditEntry[];
  total: number;
}

export default function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...filters, ...paging };
  const entries = useApiQuery(JSON.stringify(query), () => api.get<AuditPageData>('/audit-log', query));

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={entries.reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      <PageCard>
        <AuditFilters
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12, fontSize: 12 }}>
          <ClockCircleOutlined /> {t('audit.timezoneNote')}
        </Typography.Text>
        {entries.error ? (
          <ErrorState error={entries.error} onRetry={entries.reload} />
        ) : (
          <AuditTable
            rows={entries.data?.items ?? []}
            total={entries.data?.total ?? 0}
            {...paging}
            loading={entries.loading}
            onPage={(page, pageSize) => setPaging({ page, pageSize })}
          />
        )}
      </PageCard>
    </>
  );
}
