import { useState } from 'react';
import { Button, Empty, Table, Tabs, Tag, Typography, type TableProps } from 'antd';
import { PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { FollowUp } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { usePropertyId } from '../common/use-property-id';
import { FollowUpModal } from './FollowUpModal';
import { serviceApi } from './service-api';
import { departmentLabel } from './service-labels';
import { KindTag } from './ServiceTags';
import { TimedReveal } from '../common/TimedReveal';
import { useNow } from './use-now';
import { useRecordChanges } from './use-record-changes';

const DUE = ['today', 'overdue', 'all'] as const;
type Due = (typeof DUE)[number];
const digits = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** 回访: the calls owed to customers after a repair or complaint was completed, due first. */
export default function FollowUpsPage() {
  const { t, locale } = useLocale();
  const propertyId = usePropertyId();
  const [params, setParams] = useSearchParams();
  const due: Due = DUE.find((d) => d === params.get('due')) ?? 'today';
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [recording, setRecording] = useState<FollowUp | null>(null);
  const now = useNow(30_000);
  const query = propertyId ? { propertyId, due, status: 'pending' as const, ...paging } : null;
  const list = useApiQuery(JSON.stringify(query), () =>
    query ? serviceApi.followUps(query) : Promise.resolve(undefined),
  );
  // A record completed elsewhere may owe a call now.
  useRecordChanges(propertyId, list.reload, (c) => c.status === 'done' || c.status === 'followed_up');

  // "工程部：已更换防水层" — who did what, under what was asked.
  const resultLine = (f: FollowUp) => {
    const department = departmentLabel(locale, f);
    return department ? `${department}${locale === 'en' ? ': ' : '：'}${f.result}` : f.result;
  };

  const columns: TableProps<FollowUp>['columns'] = [
    {
      title: t('followUps.col.record'),
      dataIndex: 'recordNumber',
      render: (number: string, f) => (
        <div>
          <Link to={`/service/records/${f.recordId}`} style={{ ...digits, fontWeight: 600 }}>
            {number}
          </Link>
          <div>
            <KindTag kind={f.kind} />
          </div>
        </div>
      ),
    },
    {
      title: t('followUps.col.customer'),
      key: 'customer',
      render: (_, f) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {f.customerName || '—'}
          {f.unitCode && (
            <>
              <br />
              <Typography.Text type="secondary" style={digits}>
                {f.unitCode}
              </Typography.Text>
            </>
          )}
        </span>
      ),
    },
    {
      title: t('followUps.col.phone'),
      dataIndex: 'customerPhone',
      render: (phone: string, f) => (
        <TimedReveal
          masked={phone}
          label={t('followUps.col.phone')}
          testId={`phone-${f.id}`}
          reveal={async () => (await serviceApi.revealPhone(f.recordId)).value}
        />
      ),
    },
    {
      title: t('followUps.col.done'),
      key: 'done',
      width: 320,
      render: (_, f) => (
        <div style={{ maxWidth: 320 }}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: f.content }} style={{ margin: 0 }}>
            {f.content}
          </Typography.Paragraph>
          {f.result && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, tooltip: f.result }}
              style={{ margin: 0, fontSize: 13 }}
            >
              {resultLine(f)}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    {
      title: t('followUps.col.due'),
      dataIndex: 'dueAt',
      render: (at: number) => (
        <span style={digits}>
          {formatDateTime(at).slice(0, 16)}
          {at < now && (
            <>
              <br />
              <Tag color="red">{t('followUps.overdue')}</Tag>
            </>
          )}
        </span>
      ),
    },
    {
      title: t('followUps.col.attempts'),
      dataIndex: 'attempts',
      render: (n: number) => (n > 0 ? t('followUps.attempts', { n }) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'record',
      fixed: 'right',
      render: (_, f) => (
        <Button type="primary" icon={<PhoneOutlined />} onClick={() => setRecording(f)}>
          {t('followUps.record')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('followUps.title')}
        subtitle={t('followUps.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            {t('common.refresh')}
          </Button>
        }
      />
      <PageCard>
        <Tabs
          activeKey={due}
          onChange={(key) => {
            setParams(key === 'today' ? {} : { due: key }, { replace: true });
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          items={DUE.map((d) => ({ key: d, label: t(`followUps.tab.${d}`) }))}
        />
        {!propertyId ? (
          <Empty description={t('serviceRecords.noProperty')} style={{ padding: 48 }} />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={list.reload} />
        ) : (
          <Table<FollowUp>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.loading}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('followUps.empty')} /> }}
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total: list.data?.total ?? 0,
              showTotal: (n) => t('common.totalItems', { total: n }),
              onChange: (page, pageSize) => setPaging({ page, pageSize }),
            }}
          />
        )}
      </PageCard>
      <FollowUpModal followUp={recording} onClose={() => setRecording(null)} onSaved={list.reload} />
    </>
  );
}
