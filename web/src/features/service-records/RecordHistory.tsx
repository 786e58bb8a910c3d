import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { ServiceRecordEvent, ServiceStatus } from '@qiantai/contracts';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { formatDateTime } from '../../lib/format';
import { ChangeLine } from '../common/ChangeLine';
import { useDepartments } from '../common/use-departments';
import { categoryLabel, codeLabel, fieldLabel, historyLabel } from './service-labels';
import { StatusTag } from './ServiceTags';
import type { StaffOption } from './use-staff';

const DOT: Record<string, string> = {
  escalate: 'red',
  sla_warning: 'orange',
  cancel: 'gray',
  complete: 'green',
  answer_at_desk: 'green',
  close: 'green',
  reopen: 'orange',
  follow_up_unreached: 'orange',
};

const SYSTEM_DEADLINE_EVENTS = ['escalate', 'sla_warning'];

/** The record's history, newest first: who did what when, status moves, notes and routing changes. */
export function RecordHistory({
  propertyId,
  events,
  staff,
}: {
  propertyId: string;
  events: ServiceRecordEvent[];
  staff: StaffOption[] | null;
}) {
  const { t, locale } = useLocale();
  const me = useMe();
  const departments = useDepartments([propertyId]);

  // Departments come by id (named here in the interface language), people, units and categories
  // already named by the server, codes (kind, satisfaction …) in the catalogue's words.
  const valueOf = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (field === 'department_id' || field === 'departmentId') {
      const d = departments.data?.find((x) => x.id === value);
      return d ? localName(d, locale) : '…';
    }
    if (field === 'assignee_user_id' || field === 'assigneeUserId') {
      // The server names the people in a history entry; an id is matched for older entries.
      if (value === me.user.id) return me.user.displayName;
      return staff?.find((s) => s.id === value)?.name ?? String(value);
    }
    if (/(_at|At)$/.test(field) && typeof value === 'number') return formatDateTime(value).slice(0, 16);
    // The server gives a category as its path, named in both languages.
    if (Array.isArray(value)) return categoryLabel(locale, value as { name: string; nameEn: string }[]);
    return (typeof value === 'string' && codeLabel(t, field, value)) || String(value);
  };

  // The deadline loop names the deadline it warns about or escalated ("respond", "resolve").
  const commentOf = (e: ServiceRecordEvent) =>
    SYSTEM_DEADLINE_EVENTS.includes(e.action) && (e.comment === 'respond' || e.comment === 'resolve')
      ? fieldLabel(t, `${e.comment}DueAt`)
      : e.comment;

  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceRecord.historyEmpty')} />;
  const newestFirst = [...events].sort((a, b) => b.at - a.at);
  return (
    <Timeline
      data-testid="record-history"
      items={newestFirst.map((e) => ({
        key: e.id,
        color: DOT[e.action] ?? 'blue',
        content: (
          <Flex vertical gap={4}>
            <div>
              <Typography.Text strong>{historyLabel(t, e.action)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {formatDateTime(e.at)} · {e.actorName ?? t('serviceRecord.system')}
              </Typography.Text>
            </div>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <Flex align="center" gap={6}>
                <StatusTag status={e.fromStatus as ServiceStatus} />→
                <StatusTag status={e.toStatus as ServiceStatus} />
              </Flex>
            )}
            {e.comment && (
              <div style={{ whiteSpace: 'pre-wrap' }}>
                {e.action === 'comment' && (
                  <Tag style={{ marginInlineEnd: 6 }} color={e.internal ? 'default' : 'blue'}>
                    {e.internal ? t('serviceRecord.internal') : t('serviceRecord.forCustomer')}
                  </Tag>
                )}
                {commentOf(e)}
              </div>
            )}
            {Object.entries(e.changes ?? {}).map(([field, change]) => (
              <ChangeLine
                key={field}
                label={fieldLabel(t, field)}
                from={valueOf(field, change.from)}
                to={valueOf(field, change.to)}
              />
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
