import { useState } from 'react';
import { App, Button, Col, Empty, Row, Segmented, Skeleton, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PHONEBOOK_CATEGORIES, PHONEBOOK_SCOPES, type PhonebookEntry } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { NoProperty } from '../common/NoProperty';
import { usePropertyId } from '../common/use-property-id';
import { phonebookApi, restoreBody } from './phonebook-api';
import { PhonebookEntryModal } from './PhonebookEntryModal';
import { PhonebookEntryRow } from './PhonebookEntryRow';

type Scope = PhonebookEntry['scope'];

/** Internal and external numbers, by category, on-duty staff marked; a click copies a number. */
export default function PhonebookPage() {
  const t = useT();
  const { message } = App.useApp();
  const propertyId = usePropertyId();
  const canEdit = useCan('phonebook.edit');
  const [scope, setScope] = useState<Scope>('internal');
  const [editing, setEditing] = useState<PhonebookEntry | 'new' | null>(null);
  const entries = useApiQuery(`phonebook:${propertyId}`, () =>
    propertyId ? phonebookApi.list(propertyId) : Promise.resolve([]),
  );
  // A deleted line can be put back from the confirmation for a few seconds (a new line with the same
  // fields; the audit log keeps both the deletion and the restore).
  const restore = async (entry: PhonebookEntry, key: string) => {
    // The notice loses its Undo button at once, so a second click cannot restore the line twice.
    message.loading({ key, content: t('phonebook.restoring'), duration: 0 });
    try {
      await phonebookApi.create(restoreBody(entry));
      message.success({ key, content: t('phonebook.restored') });
    } catch (e) {
      message.error({ key, content: e instanceof Error ? e.message : String(e) });
    }
    entries.reload();
  };
  const remove = async (entry: PhonebookEntry) => {
    try {
      await phonebookApi.remove(entry);
      const key = `phonebook-deleted-${entry.id}`;
      message.success({
        key,
        duration: 8,
        content: (
          <>
            {t('phonebook.deleted')}
            <Button type="link" size="small" onClick={() => void restore(entry, key)}>
              {t('phonebook.undo')}
            </Button>
          </>
        ),
      });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
    entries.reload();
  };

  const inScope = (entries.data ?? []).filter((e) => e.scope === scope);
  const groups = PHONEBOOK_CATEGORIES.map((category) => ({
    category,
    items: inScope.filter((e) => e.category === category).sort((a, b) => a.sort - b.sort),
  })).filter((g) => g.items.length > 0);

  return (
    <>
      <PageHeader
        title={t('phonebook.title')}
        subtitle={t('phonebook.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={entries.reload}>
              {t('common.refresh')}
            </Button>
            {canEdit && propertyId && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('phonebook.create')}
              </Button>
            )}
          </>
        }
      />
      <Segmented<Scope>
        value={scope}
        onChange={setScope}
        options={PHONEBOOK_SCOPES.map((s) => ({
          value: s,
          label: `${t(`phonebook.scope.${s}`)} (${(entries.data ?? []).filter((e) => e.scope === s).length})`,
        }))}
        style={{ marginBottom: 16 }}
      />
      {!propertyId ? (
        <PageCard>
          <NoProperty />
        </PageCard>
      ) : entries.error ? (
        <PageCard>
          <ErrorState error={entries.error} onRetry={entries.reload} />
        </PageCard>
      ) : !entries.data ? (
        <PageCard>
          <Skeleton active />
        </PageCard>
      ) : groups.length === 0 ? (
        <PageCard>
          <Empty description={t('phonebook.empty')} />
        </PageCard>
      ) : (
        <Row gutter={[20, 20]}>
          {groups.map((g) => (
            <Col key={g.category} xs={24} lg={12}>
              <PageCard
                title={
                  <>
                    {t(`phonebook.category.${g.category}`)}{' '}
                    <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                      ({g.items.length})
                    </Typography.Text>
                  </>
                }
              >
                {g.items.map((e) => (
                  <PhonebookEntryRow
                    key={e.id}
                    entry={e}
                    onEdit={() => setEditing(e)}
                    onDelete={() => remove(e)}
                  />
                ))}
              </PageCard>
            </Col>
          ))}
        </Row>
      )}
      {propertyId && (
        <PhonebookEntryModal
          open={editing !== null}
          propertyId={propertyId}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={entries.reload}
        />
      )}
    </>
  );
}
