import { useState } from 'react';
import { Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  SERVICE_KINDS,
  SERVICE_SEVERITIES,
  type ServiceCategory,
  type ServiceKind,
  type SlaPolicy,
} from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { formatMinutes, nameIn } from './config-format';
import { Loaded } from './Loaded';
import { serviceConfigApi } from './service-config-api';
import { SlaPolicyModal } from './SlaPolicyModal';
import { useRun } from './use-run';

const SEVERITY_COLOR = { general: 'default', major: 'orange', emergency: 'red' } as const;

/** Kind in the register's order, the kind's general policy before a category's, then by severity. */
const order = (p: SlaPolicy) =>
  SERVICE_KINDS.indexOf(p.kind) * 100 + (p.categoryId ? 10 : 0) + SERVICE_SEVERITIES.indexOf(p.severity);

/** SLA 时限: respond and resolve deadlines per kind × severity (× category), and how they count. */
export function SlaTab({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const { t, locale } = useLocale();
  const run = useRun();
  const [kind, setKind] = useState<ServiceKind | undefined>();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const policies = useApiQuery(`sla-policies:${propertyId}`, () => serviceConfigApi.policies(propertyId));
  const categories = useApiQuery(`service-categories:${propertyId}`, () =>
    serviceConfigApi.categories(propertyId),
  );
  const byId = new Map((categories.data ?? []).map((c) => [c.id, c]));
  const pathOf = (c: ServiceCategory | undefined): string =>
    !c ? '' : c.parentId ? `${pathOf(byId.get(c.parentId))} › ${nameIn(c, locale)}` : nameIn(c, locale);

  const columns = [
    {
      title: t('serviceConfig.sla.kind'),
      key: 'kind',
      render: (_: unknown, p: SlaPolicy) => t(`service.kind.${p.kind}`),
    },
    {
      title: t('serviceConfig.sla.severity'),
      key: 'severity',
      render: (_: unknown, p: SlaPolicy) => (
        <Tag color={SEVERITY_COLOR[p.severity]}>{t(`service.severity.${p.severity}`)}</Tag>
      ),
    },
    {
      title: t('serviceConfig.sla.category'),
      key: 'category',
      render: (_: unknown, p: SlaPolicy) =>
        p.categoryId ? (
          pathOf(byId.get(p.categoryId))
        ) : (
          <Typography.Text type="secondary">{t('serviceConfig.sla.allCategories')}</Typography.Text>
        ),
    },
    {
      title: t('serviceConfig.sla.name'),
      key: 'name',
      render: (_: unknown, p: SlaPolicy) => nameIn(p, locale),
    },
    {
      title: t('serviceConfig.sla.respond'),
      key: 'respond',
      render: (_: unknown, p: SlaPolicy) => formatMinutes(p.respondMinutes, t),
    },
    {
      title: t('serviceConfig.sla.resolve'),
      key: 'resolve',
      render: (_: unknown, p: SlaPolicy) => formatMinutes(p.resolveMinutes, t),
    },
    {
      title: t('serviceConfig.sla.clock'),
      key: 'clock',
      render: (_: unknown, p: SlaPolicy) =>
        p.businessHours ? (
          <Tag color="blue">{t('serviceConfig.sla.businessHours')}</Tag>
        ) : (
          <Tag>{t('serviceConfig.sla.wallClock')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, p: SlaPolicy) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('serviceConfig.sla.deleteConfirm')}
                  onConfirm={() =>
                    run(
                      () => serviceConfigApi.deletePolicy(p),
                      t('serviceConfig.sla.deleted'),
                      policies.reload,
                    )
                  }
                >
                  <Button type="link" size="small" danger>
                    {t('serviceConfig.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('serviceConfig.sla.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Select<ServiceKind>
          allowClear
          value={kind}
          onChange={setKind}
          placeholder={t('serviceConfig.sla.kind')}
          style={{ width: 180 }}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`service.kind.${k}`) }))}
        />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('serviceConfig.sla.add')}
          </Button>
        )}
      </Space>
      <Loaded query={policies}>
        {(all) => (
          <Table<SlaPolicy>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={all.filter((p) => !kind || p.kind === kind).sort((a, b) => order(a) - order(b))}
            pagination={false}
          />
        )}
      </Loaded>
      <SlaPolicyModal
        propertyId={propertyId}
        editing={editing}
        categories={categories.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={policies.reload}
      />
    </>
  );
}
