import { useState, type ReactNode } from 'react';
import { Button, Empty, Space, Table, type TableProps } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import type { ApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { PageCard } from '../common/PageCard';
import { PageHeader } from '../common/PageHeader';
import type { Page } from '../common/page';
import { ExcelActions } from './excel/ExcelActions';
import type { DirectoryKind } from './excel/excel-api';
import { NoProperty } from '../common/NoProperty';
import { usePropertyId } from '../common/use-property-id';

/** The layout every directory list shares: header with Excel and "new", filters, a paged table. */
export function ListPage<T extends { id: string }>({
  title,
  subtitle,
  kind,
  excelFilters,
  createLabel,
  onCreate,
  filters,
  rows,
  columns,
  emptyText,
  paging,
  onPage,
  children,
}: {
  title: string;
  subtitle: string;
  kind: DirectoryKind;
  excelFilters: Record<string, string | number | boolean | null | undefined>;
  createLabel: string;
  onCreate(): void;
  filters: ReactNode;
  rows: ApiQuery<Page<T> | undefined>;
  columns: TableProps<T>['columns'];
  emptyText: string;
  paging: { page: number; pageSize: number };
  onPage(page: number, pageSize: number): void;
  /** The create and edit dialogs. */
  children?: ReactNode;
}) {
  const t = useT();
  const propertyId = usePropertyId();
  const canEdit = useCan('directory.edit');
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={rows.reload}>
              {t('common.refresh')}
            </Button>
            <ExcelActions kind={kind} filters={excelFilters} onImported={rows.reload} />
            {canEdit && propertyId && (
              <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
                {createLabel}
              </Button>
            )}
          </>
        }
      />
      <PageCard>
        {!propertyId ? (
          <NoProperty />
        ) : (
          <>
            <Space wrap size={12} style={{ marginBottom: 16 }}>
              {filters}
            </Space>
            {rows.error ? (
              <ErrorState error={rows.error} onRetry={rows.reload} />
            ) : (
              <Table<T>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows.data?.items ?? []}
                loading={rows.loading}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={emptyText} /> }}
                pagination={{
                  current: paging.page,
                  pageSize: paging.pageSize,
                  total: rows.data?.total ?? 0,
                  showSizeChanger: true,
                  showTotal: (n) => t('common.totalItems', { total: n }),
                  onChange: onPage,
                }}
              />
            )}
          </>
        )}
      </PageCard>
      {propertyId && children}
    </>
  );
}

/** Filters and paging of a list; a new filter goes back to page 1. */
export function useListState<F extends object>(initial: F) {
  const [filters, setFilters] = useState<F>(initial);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const setFilter = (patch: Partial<F>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return {
    filters,
    setFilter,
    paging,
    onPage: (page: number, pageSize: number) => setPaging({ page, pageSize }),
  };
}
