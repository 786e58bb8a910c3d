import type { ReactNode } from 'react';
import { Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { ServiceRecord } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { isMessageKey } from '../../app/i18n/catalogues';
import { useLocale } from '../../app/i18n/locale-context';
import { formatDateTime } from '../../lib/format';
import { PageCard } from '../common/PageCard';
import { DeadlineCountdown } from './DeadlineCountdown';
import { serviceApi } from './service-api';
import { categoryLabel, channelLabel, departmentLabel } from './service-labels';
import { KindTag } from './ServiceTags';
import { TimedReveal } from '../common/TimedReveal';
import { useNow } from './use-now';

// One label column for every card, wide enough for the English labels.
const label = { width: 112, whiteSpace: 'nowrap' } as const;
const none = <Typography.Text type="secondary">—</Typography.Text>;
const orNone = (value: ReactNode) => (value === null || value === undefined || value === '' ? none : value);
const when = (ms: number | null) => (ms === null ? none : formatDateTime(ms).slice(0, 16));

/** What was reported and what came of it. */
export function DetailsCard({ record }: { record: ServiceRecord }) {
  const { t, locale } = useLocale();
  return (
    <PageCard title={t('serviceRecord.details')}>
      <Descriptions column={1} size="small" styles={{ label }}>
        <Descriptions.Item label={t('serviceRecord.category')}>
          <Flex gap={8} align="center" wrap>
            <KindTag kind={record.kind} />
            {record.categoryPath.length > 0 && categoryLabel(locale, record.categoryPath)}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.content')}>
          <div style={{ whiteSpace: 'pre-wrap' }} data-testid="record-content">
            {record.content}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.result')}>
          {record.result ? (
            <div style={{ whiteSpace: 'pre-wrap' }}>
              {record.result}
              {record.resolution && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t(`service.resolution.${record.resolution}`)}
                </Typography.Text>
              )}
            </div>
          ) : (
            <Typography.Text type="secondary">{t('serviceRecord.noResult')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </PageCard>
  );
}

/** Who asked: name, phone (masked, shown for 30 s on request), unit and their card in the directory. */
export function CustomerCard({ record }: { record: ServiceRecord }) {
  const { t } = useLocale();
  const readsDirectory = useCan('directory.read');
  const languageKey = `lang.${record.customerLanguage}`;
  return (
    <PageCard title={t('serviceRecord.customer')}>
      <Descriptions column={1} size="small" styles={{ label }}>
        <Descriptions.Item label={t('serviceRecord.customerName')}>
          <Flex gap={8} wrap>
            <span data-testid="record-customer">{orNone(record.customerName)}</span>
            {record.customerPersonId && readsDirectory && (
              <Link to={`/directory/people/${record.customerPersonId}`}>{t('serviceRecord.personCard')}</Link>
            )}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.phone')}>
          <TimedReveal
            masked={record.customerPhone}
            label={t('serviceRecord.phone')}
            testId="phone"
            reveal={async () => (await serviceApi.revealPhone(record.id)).value}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.unit')}>
          {record.unitId && record.unitCode && readsDirectory ? (
            <Link to={`/directory/units/${record.unitId}`}>{record.unitCode}</Link>
          ) : (
            orNone(record.unitCode)
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.channel')}>
          {channelLabel(t, record.channel)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.language')}>
          {isMessageKey(languageKey) ? t(languageKey) : record.customerLanguage}
        </Descriptions.Item>
      </Descriptions>
    </PageCard>
  );
}

/** Both deadlines, counting live (every second): time left, overdue, paused or met. */
export function DeadlinesCard({ record }: { record: ServiceRecord }) {
  const { t } = useLocale();
  const now = useNow(1000);
  const row = (which: 'respond' | 'resolve', due: number | null) => (
    <Descriptions.Item label={t(`service.deadline.${which}`)}>
      <Flex vertical gap={2}>
        <DeadlineCountdown record={record} which={which} now={now} />
        {due !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('serviceRecord.dueAt', { at: formatDateTime(due).slice(0, 16) })}
          </Typography.Text>
        )}
      </Flex>
    </Descriptions.Item>
  );
  return (
    <PageCard title={t('serviceRecord.deadlines')}>
      <Descriptions column={1} size="small" styles={{ label }}>
        {row('respond', record.respondDueAt)}
        {row('resolve', record.resolveDueAt)}
      </Descriptions>
    </PageCard>
  );
}

/** Who has it, who logged it, and when it was answered and finished. */
export function HandlingCard({ record }: { record: ServiceRecord }) {
  const { t, locale } = useLocale();
  return (
    <PageCard title={t('serviceRecord.work')}>
      <Descriptions column={1} size="small" styles={{ label }}>
        <Descriptions.Item label={t('serviceRecord.department')}>
          {departmentLabel(locale, record) ?? (
            <Typography.Text type="secondary">{t('serviceRecords.notRouted')}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.assignee')}>
          {orNone(record.assigneeName)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.createdBy')}>
          {orNone(record.createdByName)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.createdAt')}>{when(record.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.respondedAt')}>
          {when(record.respondedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('serviceRecord.doneAt')}>{when(record.doneAt)}</Descriptions.Item>
      </Descriptions>
    </PageCard>
  );
}
