import { useEffect, useState } from 'react';
import { Button, Empty, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useCan, useMe } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { RegisterOutputButtons } from '../service-register-print/RegisterOutputButtons';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { usePropertyId } from '../common/use-property-id';
import {
  applyPreset,
  filtersToQuery,
  filtersToSearch,
  parseFilters,
  type Preset,
  type RegisterFilters,
} from './register-filters';
import { RegisterFilterBar } from './RegisterFilterBar';
import { RegisterTable } from './RegisterTable';
import { serviceApi } from './service-api';
import { useRecordChanges } from './use-record-changes';
import { useStaff } from './use-staff';

/** 服务登记簿: the property's service records, filtered, paged on the server, live. */
export default function RegisterPage() {
  const t = useT();
  const me = useMe();
  const propertyId = usePropertyId();
  const handles = useCan('service.handle');
  const staff = useStaff(propertyId);
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const myDepartmentId = me.user.departmentId;

  const presets: Preset[] = ['all', 'open', 'overdue'];
  if (handles && myDepartmentId) presets.push('myDepartment');
  if (handles) presets.push('mine');

  const query = propertyId ? filtersToQuery(propertyId, filters) : null;
  const records = useApiQuery(JSON.stringify(query), () =>
    query ? serviceApi.list(query) : Promise.resolve(undefined),
  );
  // A colleague's change reloads the list without the loading veil, so the desk can keep reading.
  const [quiet, setQuiet] = useState(false);
  useRecordChanges(propertyId, () => {
    setQuiet(true);
    records.reload();
  });
  useEffect(() => {
    if (!records.loading) setQuiet(false);
  }, [records.loading]);

  // Filters replace the URL entry rather than adding history: Back leaves the register, not a filter.
  const show = (next: RegisterFilters) => setParams(filtersToSearch(next), { replace: true });
  const change = (patch: Partial<RegisterFilters>) => show({ ...filters, ...patch, page: 1 });

  return (
    <>
      <PageHeader
        title={t('serviceRecords.title')}
        subtitle={t('serviceRecords.subtitle')}
        extra={
          <Space wrap>
            {query && <RegisterOutputButtons query={query} />}
            <Button icon={<ReloadOutlined />} onClick={records.reload}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      <PageCard>
        {!propertyId ? (
          <Empty description={t('serviceRecords.noProperty')} style={{ padding: 48 }} />
        ) : (
          <>
            <RegisterFilterBar
              propertyId={propertyId}
              filters={filters}
              presets={presets}
              myDepartmentId={myDepartmentId}
              staff={staff}
              onChange={change}
              onPreset={(preset) => show(applyPreset(filters, preset, myDepartmentId))}
              onReset={() => show(parseFilters(new URLSearchParams()))}
            />
            {(filters.customerPersonId || filters.unitId) && (
              <Tag
                closable
                color="blue"
                style={{ marginBottom: 8 }}
                onClose={() => change({ customerPersonId: undefined, unitId: undefined })}
              >
                {filters.customerPersonId
                  ? t('serviceRecords.filter.customerOnly', {
                      name: records.data?.items[0]?.customerName ?? '…',
                    })
                  : t('serviceRecords.filter.unitOnly', { unit: records.data?.items[0]?.unitCode ?? '…' })}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12, fontSize: 12 }}>
              <ClockCircleOutlined /> {t('serviceRecords.timezoneNote')}
            </Typography.Text>
            {records.error ? (
              <ErrorState error={records.error} onRetry={records.reload} />
            ) : (
              <RegisterTable
                rows={records.data?.items ?? []}
                total={records.data?.total ?? 0}
                totalCapped={records.data?.totalCapped ?? false}
                page={filters.page}
                pageSize={filters.pageSize}
                loading={records.loading && !quiet}
                onPage={(page, pageSize) =>
                  show({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize })
                }
              />
            )}
          </>
        )}
      </PageCard>
    </>
  );
}
