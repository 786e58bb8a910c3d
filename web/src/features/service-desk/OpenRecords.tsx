import { Skeleton, Typography } from 'antd';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { RecordMiniList } from './RecordMiniList';
import { serviceDeskApi } from './service-desk-api';

/** The chosen customer's (or unit's) records still owed work: "about my leak last week…". */
export function OpenRecords({
  propertyId,
  personId,
  unitId,
}: {
  propertyId: string;
  personId?: string;
  unitId?: string;
}) {
  const t = useT();
  const canRead = useCan('service.read');
  const open = useApiQuery(`desk-open:${propertyId}:${personId ?? ''}:${unitId ?? ''}`, () =>
    !canRead
      ? Promise.resolve(null)
      : personId
        ? serviceDeskApi.openOfPerson(propertyId, personId)
        : serviceDeskApi.openOfUnit(propertyId, unitId ?? ''),
  );
  if (!canRead) return null;
  return (
    <div style={{ marginTop: 16 }} data-testid="desk-open-records">
      <Typography.Text strong>
        {t('serviceDesk.customer.openRecords', { count: open.data?.total ?? 0 })}
      </Typography.Text>
      {open.error ? (
        <Typography.Text type="danger" style={{ display: 'block' }}>
          {open.error.message}
        </Typography.Text>
      ) : !open.data ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : (
        <RecordMiniList records={open.data.items} empty={t('serviceDesk.customer.noOpenRecords')} newTab />
      )}
    </div>
  );
}
