import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Building } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import { BuildingFormModal } from './BuildingFormModal';
import { directoryApi } from './directory-api';
import { NoProperty } from '../common/NoProperty';
import { usePropertyId } from '../common/use-property-id';

// Building codes are numbers for most estates: sort 2 before 10.
const byCode = (a: Building, b: Building) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true });

export default function BuildingsPage() {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  const buildings = useApiQuery(`buildings:${propertyId}`, () =>
    propertyId ? directoryApi.buildings(propertyId) : Promise.resolve([]),
  );
  const [editing, setEditing] = useState<Building | 'new' | null>(null);
  const rows = [...(buildings.data ?? [])].sort(byCode);

  return (
    <>
      <PageHeader
        title={t('directory.buildings.title')}
        subtitle={t('directory.buildings.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={buildings.reload}>
              {t('common.refresh')}
            </Button>
            {canEdit && propertyId && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('directory.building.create')}
              </Button>
            )}
          </>
        }
      />
      {!propertyId ? (
        <PageCard>
          <NoProperty />
        </PageCard>
      ) : buildings.error ? (
        <PageCard>
          <ErrorState error={buildings.error} onRetry={buildings.reload} />
        </PageCard>
      ) : buildings.loading && !buildings.data ? (
        <PageCard>
          <Skeleton active />
        </PageCard>
      ) : rows.length === 0 ? (
        <PageCard>
          <Empty description={t('directory.buildings.empty')} />
        </PageCard>
      ) : (
        <Row gutter={[16, 16]}>
          {rows.map((b) => (
            <Col key={b.id} xs={12} md={8} lg={6} xl={4}>
              <Card
                size="small"
                variant="borderless"
                style={{ boxShadow: '0 1px 2px rgba(16,24,40,.06)' }}
                title={
                  <Link to={`/directory/buildings/${b.id}`} style={{ color: 'inherit' }}>
                    {b.name}
                  </Link>
                }
                extra={
                  canEdit && (
                    <Button
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('common.edit')}
                      onClick={() => setEditing(b)}
                    />
                  )
                }
              >
                <Link to={`/directory/buildings/${b.id}`} aria-label={b.name}>
                  <Flex justify="space-between" align="flex-end">
                    <Statistic title={t('directory.buildings.units')} value={b.unitCount} />
                    {b.floors && (
                      <Typography.Text type="secondary">
                        {t('directory.buildings.floors', { floors: b.floors })}
                      </Typography.Text>
                    )}
                  </Flex>
                </Link>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {propertyId && (
        <BuildingFormModal
          open={editing !== null}
          propertyId={propertyId}
          building={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={buildings.reload}
        />
      )}
    </>
  );
}
