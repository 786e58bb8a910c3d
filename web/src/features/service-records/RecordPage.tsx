import { Breadcrumb, Col, Row, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { AttachmentsCard } from './AttachmentsCard';
import { CommentBox } from './CommentBox';
import { CustomerCard, DeadlinesCard, DetailsCard, HandlingCard } from './RecordCards';
import { RecordActions } from './RecordActions';
import { RecordHeader } from './RecordHeader';
import { RecordHistory } from './RecordHistory';
import { serviceApi } from './service-api';
import { useRecordChanges } from './use-record-changes';
import { useStaff } from './use-staff';

/** One service record: what was asked, by whom, its deadlines, what may be done next, and its history. */
export default function RecordPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useApiQuery(`service-record:${id}`, () => serviceApi.get(id));
  const record = detail.data?.record;
  const staff = useStaff(record?.propertyId ?? null);
  // Someone else's change shows up without a manual refresh.
  useRecordChanges(record?.propertyId ?? null, detail.reload, (change) => change.id === id);

  const crumbs = (
    <Breadcrumb
      style={{ marginBottom: 8 }}
      items={[
        { title: <Link to="/service/records">{t('serviceRecords.title')}</Link> },
        { title: record?.number ?? '…' },
      ]}
    />
  );
  if (detail.error && !record)
    return (
      <>
        {crumbs}
        <PageCard>
          <ErrorState error={detail.error} onRetry={detail.reload} />
        </PageCard>
      </>
    );
  if (!detail.data || !record)
    return (
      <>
        {crumbs}
        <PageCard>
          <Skeleton active paragraph={{ rows: 8 }} />
        </PageCard>
      </>
    );

  return (
    <>
      {crumbs}
      <RecordHeader record={record} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <DetailsCard record={record} />
            </Col>
            <Col span={24}>
              <PageCard
                title={t('serviceRecord.attachments.title', { count: detail.data.attachments.length })}
              >
                <AttachmentsCard
                  record={record}
                  attachments={detail.data.attachments}
                  reload={detail.reload}
                />
              </PageCard>
            </Col>
            <Col span={24}>
              <PageCard title={t('serviceRecord.history')}>
                {record.allowedActions.includes('comment') && (
                  <CommentBox record={record} reload={detail.reload} />
                )}
                <RecordHistory propertyId={record.propertyId} events={detail.data.events} staff={staff} />
              </PageCard>
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={9}>
          <Row gutter={[20, 20]}>
            <Col span={24}>
              <RecordActions record={record} staff={staff} reload={detail.reload} />
            </Col>
            <Col span={24}>
              <DeadlinesCard record={record} />
            </Col>
            <Col span={24}>
              <CustomerCard record={record} />
            </Col>
            <Col span={24}>
              <HandlingCard record={record} />
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
