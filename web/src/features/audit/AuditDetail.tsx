import { Table, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { renderValue } from './audit-labels';

const codeStyle = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 12 };

/** What an entry changed (before → after) and whatever else it recorded. */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = Object.entries(entry.changes ?? {}).map(([field, [before, after]]) => ({
    field,
    before,
    after,
  }));
  const hasDetail = entry.detail && Object.keys(entry.detail).length > 0;

  if (!changes.length && !hasDetail && !entry.requestId)
    return <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>;

  return (
    <div style={{ padding: '4px 8px' }}>
      {changes.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('audit.changes')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={changes}
            style={{ marginBottom: 16, maxWidth: 760 }}
            columns={[
              {
                title: t('audit.field'),
                dataIndex: 'field',
                width: 160,
                render: (f: string) => <code>{f}</code>,
              },
              {
                title: `${t('audit.before')} → ${t('audit.after')}`,
                key: 'values',
                render: (_, c) => (
                  <span style={codeStyle}>
                    <Typography.Text delete type="secondary">
                      {renderValue(c.before)}
                    </Typography.Text>
                    <ArrowRightOutlined style={{ margin: '0 8px', color: '#8c8c8c' }} />
                    <Typography.Text>{renderValue(c.after)}</Typography.Text>
                  </span>
                ),
              },
            ]}
          />
        </>
      )}
      {hasDetail && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('audit.detail')}
          </Typography.Title>
          <pre
            style={{
              ...codeStyle,
              background: '#f7f8fb',
              padding: 12,
              borderRadius: 6,
              margin: 0,
              maxWidth: 760,
              overflow: 'auto',
            }}
          >
            {JSON.stringify(entry.detail, null, 2)}
          </pre>
        </>
      )}
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('common.requestId', { id: entry.requestId })}
        </Typography.Text>
      )}
    </div>
  );
}
