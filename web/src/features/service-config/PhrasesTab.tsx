import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PHRASE_STAGES, type ServicePhrase } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { Loaded } from './Loaded';
import { PhraseModal } from './PhraseModal';
import { serviceConfigApi } from './service-config-api';
import { useRun } from './use-run';

const STAGE_COLOR = {
  greeting: 'green',
  wait: 'gold',
  apology: 'volcano',
  farewell: 'blue',
  other: 'default',
} as const;

/** 话术: the phrase library by situation, in Chinese and English; add, edit, retire. */
export function PhrasesTab({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const t = useT();
  const run = useRun();
  const [editing, setEditing] = useState<ServicePhrase | 'new' | null>(null);
  const query = useApiQuery(`phrases:${propertyId}`, () => serviceConfigApi.phrases(propertyId));
  const setActive = (p: ServicePhrase, active: boolean) =>
    run(
      () => serviceConfigApi.updatePhrase(p.id, { version: p.version, active }),
      t('serviceConfig.saved'),
      query.reload,
    );

  const columns = [
    {
      title: t('serviceConfig.phrase.stage'),
      key: 'stage',
      width: 110,
      render: (_: unknown, p: ServicePhrase) => (
        <Tag color={STAGE_COLOR[p.stage]}>{t(`serviceConfig.phrase.stage.${p.stage}`)}</Tag>
      ),
    },
    {
      title: t('serviceConfig.phrase.text'),
      key: 'text',
      render: (_: unknown, p: ServicePhrase) => (
        <Typography.Text type={p.active ? undefined : 'secondary'} delete={!p.active}>
          {p.text}
        </Typography.Text>
      ),
    },
    {
      title: t('serviceConfig.phrase.textEn'),
      key: 'textEn',
      render: (_: unknown, p: ServicePhrase) => (
        <Typography.Text type="secondary">{p.textEn}</Typography.Text>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, p: ServicePhrase) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" danger={p.active} onClick={() => setActive(p, !p.active)}>
                  {t(p.active ? 'serviceConfig.deactivate' : 'serviceConfig.reactivate')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('serviceConfig.phrase.intro')}</Typography.Text>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('serviceConfig.phrase.add')}
          </Button>
        )}
      </Space>
      <Loaded query={query}>
        {(phrases) => (
          <Table<ServicePhrase>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={[...phrases].sort(
              (a, b) => PHRASE_STAGES.indexOf(a.stage) - PHRASE_STAGES.indexOf(b.stage) || a.sort - b.sort,
            )}
            pagination={false}
          />
        )}
      </Loaded>
      <PhraseModal
        propertyId={propertyId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={query.reload}
      />
    </>
  );
}
