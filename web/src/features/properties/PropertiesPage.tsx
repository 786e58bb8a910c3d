import { Col, Empty, Row, Table, Tag, type TableProps } from 'antd';
import type { PropertySummary } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { api } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { CreatePropertyForm } from './CreatePropertyForm';

export default function PropertiesPage() {
  const t = useT();
  const properties = useApiQuery('properties', () => api.get<PropertySummary[]>('/properties'));

  const columns: TableProps<PropertySummary>['columns'] = [
    { title: t('properties.col.code'), dataIndex: 'code', width: 90, render: (c: string) => <Tag>{c}</Tag> },
    {
      title: t('properties.col.name'),
      dataIndex: 'name',
      render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span>,
    },
    { title: t('properties.col.nameEn'), dataIndex: 'nameEn' },
    {
      title: t('properties.col.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (kind: PropertySummary['kind']) => t(`kind.${kind}`),
    },
    { title: t('properties.col.timezone'), dataIndex: 'timezone', width: 150 },
  ];

  return (
    <>
      <PageHeader title={t('properties.title')} subtitle={t('properties.subtitle')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <PageCard>
            {properties.error ? (
              <ErrorState error={properties.error} onRetry={properties.reload} />
            ) : (
              <Table<PropertySummary>
                rowKey="id"
                columns={columns}
                dataSource={properties.data ?? []}
                loading={properties.loading}
                pagination={false}
                locale={{ emptyText: <Empty description={t('properties.empty')} /> }}
              />
            )}
          </PageCard>
        </Col>
        <Col xs={24} xl={8}>
          <CreatePropertyForm onCreated={properties.reload} />
        </Col>
      </Row>
    </>
  );
}
