import { useState } from 'react';
import { Button, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { SERVICE_KINDS, type ServiceCategory, type ServiceKind } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { useDepartments } from '../common/use-departments';
import { CategoryModal, type CategoryEdit } from './CategoryModal';
import { nameIn } from './config-format';
import { Loaded } from './Loaded';
import { serviceConfigApi } from './service-config-api';
import { useRun } from './use-run';

interface Node extends ServiceCategory {
  key: string;
  depth: number;
  children?: Node[];
}

/** The kind's categories as a tree (two levels under the kind), in their order. */
function treeOf(all: ServiceCategory[], kind: ServiceKind): Node[] {
  const build = (parentId: string | null, depth: number): Node[] =>
    all
      .filter((c) => c.kind === kind && c.parentId === parentId)
      .sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => {
        const children = build(c.id, depth + 1);
        return { ...c, key: c.id, depth, children: children.length ? children : undefined };
      });
  return build(null, 1);
}

/** 分类: the category tree per kind, with default departments; add, edit, deactivate, reactivate. */
export function CategoriesTab({ propertyId, canEdit }: { propertyId: string; canEdit: boolean }) {
  const { t, locale } = useLocale();
  const run = useRun();
  const [kind, setKind] = useState<ServiceKind>('repair');
  const [editing, setEditing] = useState<CategoryEdit | null>(null);
  const query = useApiQuery(`service-categories:${propertyId}`, () =>
    serviceConfigApi.categories(propertyId),
  );
  const departments = useDepartments([propertyId]);
  const departmentName = (id: string | null) => {
    const d = departments.data?.find((x) => x.id === id);
    return d ? nameIn(d, locale) : null;
  };
  const setActive = (c: ServiceCategory, active: boolean) =>
    run(
      () => serviceConfigApi.updateCategory(c.id, { version: c.version, active }),
      t('serviceConfig.saved'),
      query.reload,
    );

  const columns = [
    {
      title: t('serviceConfig.category.name'),
      key: 'name',
      render: (_: unknown, c: Node) => (
        <Space size={6}>
          <Typography.Text strong={c.depth === 1} type={c.active ? undefined : 'secondary'}>
            {nameIn(c, locale)}
          </Typography.Text>
          {locale !== 'en' && c.nameEn && <Typography.Text type="secondary">{c.nameEn}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('serviceConfig.category.department'),
      key: 'department',
      render: (_: unknown, c: Node) =>
        departmentName(c.defaultDepartmentId) ??
        (c.depth > 1 ? (
          <Typography.Text type="secondary">
            {t('serviceConfig.category.departmentInherited')}
          </Typography.Text>
        ) : (
          '—'
        )),
    },
    { title: t('serviceConfig.sort'), dataIndex: 'sort', key: 'sort', width: 80 },
    {
      title: t('serviceConfig.status'),
      key: 'active',
      width: 100,
      render: (_: unknown, c: Node) =>
        c.active ? (
          <Tag color="green">{t('serviceConfig.active')}</Tag>
        ) : (
          <Tag>{t('serviceConfig.inactive')}</Tag>
        ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 330,
            render: (_: unknown, c: Node) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing({ category: c })}>
                  {t('common.edit')}
                </Button>
                {c.depth === 1 && c.active && (
                  <Button type="link" size="small" onClick={() => setEditing({ parent: c, kind })}>
                    {t('serviceConfig.category.addChild')}
                  </Button>
                )}
                {c.active ? (
                  <Popconfirm
                    title={t('serviceConfig.category.deactivateConfirm', { name: nameIn(c, locale) })}
                    onConfirm={() => setActive(c, false)}
                  >
                    <Button type="link" size="small" danger>
                      {t('serviceConfig.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button type="link" size="small" onClick={() => setActive(c, true)}>
                    {t('serviceConfig.reactivate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('serviceConfig.category.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Radio.Group
          optionType="button"
          value={kind}
          onChange={(e) => setKind(e.target.value as ServiceKind)}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`service.kind.${k}`) }))}
        />
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ parent: null, kind })}>
            {t('serviceConfig.category.add')}
          </Button>
        )}
      </Space>
      <Loaded query={query}>
        {(all) => (
          <Table<Node>
            // Remounted per kind so every group opens expanded.
            key={`${kind}:${all.length}`}
            size="middle"
            rowKey="key"
            columns={columns}
            dataSource={treeOf(all, kind)}
            expandable={{ defaultExpandAllRows: true }}
            pagination={false}
            locale={{ emptyText: t('serviceConfig.category.empty') }}
          />
        )}
      </Loaded>
      <CategoryModal
        propertyId={propertyId}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={query.reload}
      />
    </>
  );
}
