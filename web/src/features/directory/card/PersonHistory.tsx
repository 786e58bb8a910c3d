import { Empty, Skeleton, Timeline, Typography } from 'antd';
import type { AuditEntry } from '@qiantai/contracts';
import { isMessageKey } from '../../../app/i18n/catalogues';
import { useLocale } from '../../../app/i18n/locale-context';
import type { ApiQuery } from '../../../lib/use-api-query';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, renderValue } from '../../audit/audit-labels';
import { ChangeLine, codeWords } from '../../common/ChangeLine';
import { ErrorState } from '../../common/ErrorState';
import { PageCard } from '../../common/PageCard';

const VALUE_PREFIXES: Record<string, string> = {
  role: 'directory.role',
  gender: 'directory.gender',
  idType: 'directory.idType',
  language: 'lang',
};

/** The record's history from the audit log: who changed what and when, and who looked at what. */
export function PersonHistory({ history }: { history: ApiQuery<{ items: AuditEntry[] }> }) {
  const { t } = useLocale();
  const fieldLabel = (field: string) => {
    const key = `directory.field.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
  // Roles, genders and document types are stored as codes; show them in words.
  const valueLabel = (field: string, value: unknown) =>
    (typeof value === 'string' && codeWords(t, VALUE_PREFIXES, field, value)) ||
    (Array.isArray(value) && value.length === 0 ? renderValue(null) : renderValue(value));
  const body = history.error ? (
    <ErrorState error={history.error} onRetry={history.reload} />
  ) : !history.data ? (
    <Skeleton active />
  ) : history.data.items.length === 0 ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.history.empty')} />
  ) : (
    <Timeline
      style={{ marginTop: 8 }}
      items={history.data.items.map((e) => ({
        key: e.id,
        color: e.action === 'person.reveal' ? 'orange' : 'blue',
        content: (
          <div>
            <Typography.Text strong>{actionLabel(e.action, t)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actorUsername ?? t('audit.system')}
            </Typography.Text>
            {typeof e.detail?.field === 'string' && (
              <div style={{ fontSize: 13 }}>
                {t('directory.history.revealed', { field: fieldLabel(e.detail.field) })}
              </div>
            )}
            {Object.entries(e.changes ?? {}).map(([field, [before, after]]) => (
              <ChangeLine
                key={field}
                label={fieldLabel(field)}
                from={valueLabel(field, before)}
                to={valueLabel(field, after)}
              />
            ))}
          </div>
        ),
      }))}
    />
  );
  return <PageCard title={t('directory.card.history')}>{body}</PageCard>;
}
