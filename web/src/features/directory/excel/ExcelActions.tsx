import { useState } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import {
  DownloadOutlined,
  DownOutlined,
  ExportOutlined,
  FileExcelOutlined,
  ImportOutlined,
} from '@ant-design/icons';
import { useCan } from '../../../app/auth/auth-context';
import { useT } from '../../../app/i18n/locale-context';
import { usePropertyId } from '../use-property-id';
import { excelApi, type DirectoryKind } from './excel-api';
import { FullExportModal } from './FullExportModal';
import { ImportModal } from './ImportModal';

type Filters = Record<string, string | number | boolean | null | undefined>;

/**
 * Template, import and export for one list. Exports are of the list as filtered on screen, masked; a
 * user who may reveal can ask for full numbers, giving the reason the audit log keeps with it.
 */
export function ExcelActions({
  kind,
  filters,
  onImported,
}: {
  kind: DirectoryKind;
  filters: Filters;
  onImported(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const propertyId = usePropertyId();
  const canImport = useCan('directory.import');
  const canExport = useCan('directory.export');
  const canReveal = useCan('person.reveal');
  const [importing, setImporting] = useState(false);
  const [fullOpen, setFullOpen] = useState(false);
  if (!propertyId || (!canImport && !canExport)) return null;

  const run = (work: Promise<void>) =>
    work.catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)));

  const exportList = () => run(excelApi.export(kind, propertyId, filters));
  const exportFull = (reason: string) => excelApi.export(kind, propertyId, filters, { reason });

  return (
    <>
      {canImport && (
        <Button icon={<DownloadOutlined />} onClick={() => void run(excelApi.template(kind))}>
          {t('excel.template')}
        </Button>
      )}
      {canImport && (
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          {t('excel.import')}
        </Button>
      )}
      {canExport &&
        (canReveal ? (
          <Space.Compact>
            <Button icon={<ExportOutlined />} onClick={() => void exportList()}>
              {t('excel.export')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [{ key: 'full', icon: <FileExcelOutlined />, label: t('excel.exportFull') }],
                onClick: () => setFullOpen(true),
              }}
            >
              <Button icon={<DownOutlined />} aria-label={t('excel.exportFull')} />
            </Dropdown>
          </Space.Compact>
        ) : (
          <Button icon={<ExportOutlined />} onClick={() => void exportList()}>
            {t('excel.export')}
          </Button>
        ))}
      {canExport && canReveal && (
        <FullExportModal open={fullOpen} onClose={() => setFullOpen(false)} onExport={exportFull} />
      )}
      {canImport && (
        <ImportModal
          kind={kind}
          propertyId={propertyId}
          open={importing}
          onClose={() => setImporting(false)}
          onImported={onImported}
        />
      )}
    </>
  );
}
