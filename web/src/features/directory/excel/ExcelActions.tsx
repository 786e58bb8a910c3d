import { useState } from 'react';
import { App, Button, Checkbox, Dropdown, Space, Typography } from 'antd';
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
import { ImportModal } from './ImportModal';

type Filters = Record<string, string | number | boolean | null | undefined>;

/**
 * Template, import and export for one list. Exports are of the list as filtered on screen, masked; a
 * user who may reveal can ask for full numbers after confirming that the export is logged.
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
  const { message, modal } = App.useApp();
  const propertyId = usePropertyId();
  const canImport = useCan('directory.import');
  const canExport = useCan('directory.export');
  const canReveal = useCan('person.reveal');
  const [importing, setImporting] = useState(false);
  if (!propertyId || (!canImport && !canExport)) return null;

  const run = (work: Promise<void>) =>
    work.catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)));

  const exportList = (full: boolean) => run(excelApi.export(kind, propertyId, filters, full));
  const exportFull = () => {
    let confirmed = false;
    modal.confirm({
      title: t('excel.fullTitle'),
      content: (
        <>
          <Typography.Paragraph>{t('excel.fullWarning')}</Typography.Paragraph>
          <Checkbox onChange={(e) => (confirmed = e.target.checked)}>{t('excel.fullConfirm')}</Checkbox>
        </>
      ),
      okText: t('excel.export'),
      cancelText: t('common.cancel'),
      onOk: () => {
        if (!confirmed) {
          message.warning(t('excel.fullConfirmNeeded'));
          return Promise.reject(new Error('not confirmed'));
        }
        return exportList(true);
      },
    });
  };

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
            <Button icon={<ExportOutlined />} onClick={() => void exportList(false)}>
              {t('excel.export')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [{ key: 'full', icon: <FileExcelOutlined />, label: t('excel.exportFull') }],
                onClick: exportFull,
              }}
            >
              <Button icon={<DownOutlined />} aria-label={t('excel.exportFull')} />
            </Dropdown>
          </Space.Compact>
        ) : (
          <Button icon={<ExportOutlined />} onClick={() => void exportList(false)}>
            {t('excel.export')}
          </Button>
        ))}
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
