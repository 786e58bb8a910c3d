import { useState } from 'react';
import { App, Button, Dropdown, Space } from 'antd';
import { DownOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { REGISTER_LAYOUTS, type RegisterLayout } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { printPath, registerSheetApi, type SheetFilters } from './register-sheet-api';

/**
 * 打印 and 导出 Excel for the register as filtered on screen. The button prints or exports the
 * kh-21-r01 register; its arrow offers the complaints register (用户投诉意见登记表) too. Only for
 * holders of service.export.
 */
export function RegisterOutputButtons({ query }: { query: SheetFilters }) {
  const t = useT();
  const { message } = App.useApp();
  const canExport = useCan('service.export');
  const [exporting, setExporting] = useState(false);
  if (!canExport) return null;

  const layouts = REGISTER_LAYOUTS.map((layout) => ({
    key: layout,
    label: t(`registerPrint.layout.${layout}`),
  }));
  // The print view opens beside the register, so the filters on screen stay as they are.
  const print = (layout: RegisterLayout) => window.open(printPath(query, layout), '_blank', 'noopener');
  const exportSheet = async (layout: RegisterLayout) => {
    setExporting(true);
    try {
      await registerSheetApi.download(query, layout);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space wrap>
      <Space.Compact>
        <Button icon={<PrinterOutlined />} onClick={() => print('register')}>
          {t('registerPrint.print')}
        </Button>
        <Dropdown
          menu={{ items: layouts, onClick: ({ key }) => print(key as RegisterLayout) }}
          trigger={['click']}
        >
          <Button icon={<DownOutlined />} aria-label={t('registerPrint.print')} />
        </Dropdown>
      </Space.Compact>
      <Space.Compact>
        <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportSheet('register')}>
          {t('registerPrint.export')}
        </Button>
        <Dropdown
          menu={{ items: layouts, onClick: ({ key }) => void exportSheet(key as RegisterLayout) }}
          trigger={['click']}
          disabled={exporting}
        >
          <Button icon={<DownOutlined />} aria-label={t('registerPrint.export')} />
        </Dropdown>
      </Space.Compact>
    </Space>
  );
}
