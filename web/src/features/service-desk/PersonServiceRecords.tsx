import { Flex, Skeleton } from 'antd';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { withQuery } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { NewServiceRecordButton } from './NewServiceRecordButton';
import { RecordMiniList } from './RecordMiniList';
import { serviceDeskApi } from './service-desk-api';

/** The person card's section of service records: the latest ten, and the way to the whole register. */
export function PersonServiceRecords({ propertyId, personId }: { propertyId: string; personId: string }) {
  const t = useT();
  const canRead = useCan('service.read');
  const records = useApiQuery(`person-records:${propertyId}:${personId}`, () =>
    canRead ? serviceDeskApi.latestOfPerson(propertyId, personId) : Promise.resolve(null),
  );
  if (!canRead) return null;
  const total = records.data?.total ?? 0;
  return (
    <PageCard
      title={t('serviceDesk.person.title')}
      extra={
        <Flex gap={12} align="center">
          {total > 0 && (
            <Link to={withQuery('/service/records', { customerPersonId: personId })}>
              {t('serviceDesk.person.all', { total })}
            </Link>
          )}
          <NewServiceRecordButton personId={personId} size="small" />
        </Flex>
      }
    >
      <div data-testid="person-service-records">
        {records.error ? (
          <ErrorState error={records.error} onRetry={records.reload} />
        ) : !records.data ? (
          <Skeleton active title={false} paragraph={{ rows: 3 }} />
        ) : (
          <RecordMiniList records={records.data.items} empty={t('serviceDesk.person.none')} />
        )}
      </div>
    </PageCard>
  );
}
