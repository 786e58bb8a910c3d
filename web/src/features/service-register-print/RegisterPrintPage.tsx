import { useEffect } from 'react';
import { Alert, Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { RegisterSheet } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { ErrorState } from '../common/ErrorState';
import { FullPageSpin } from '../common/FullPageSpin';
import { usePropertyId } from '../common/use-property-id';
import { COLUMN_WIDTHS, KEEP_TOGETHER, PRINT_CSS } from './print-sheet-style';
import { registerSheetApi } from './register-sheet-api';

/**
 * The register on paper (/service/records/print?<the register's filters>&layout=register|complaints):
 * no app chrome, the kh-21-r01 form or the complaints register as the server lays it out for the
 * .xlsx export too, and a 打印 button that is not printed itself.
 */
export default function RegisterPrintPage() {
  const t = useT();
  const [params] = useSearchParams();
  // A print link carries its property; one typed or bookmarked without it prints the current one.
  const current = usePropertyId();
  const filters = { propertyId: current ?? '', ...Object.fromEntries(params) };
  const key = JSON.stringify(filters);
  const sheet = useApiQuery(key, () => registerSheetApi.sheet(filters));

  const title = sheet.data?.title;
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = t('registerPrint.pageTitle', { title });
    return () => {
      document.title = before;
    };
  }, [title, t]);

  // Back to the register with the same filters (the layout is the print view's own).
  const back = new URLSearchParams(params);
  back.delete('layout');

  return (
    <div className="qt-print">
      <style>{PRINT_CSS}</style>
      <Flex className="qt-print-toolbar qt-no-print" gap={8} align="center" wrap>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!sheet.data}
          onClick={() => window.print()}
        >
          {t('registerPrint.print')}
        </Button>
        <Link to={`/service/records?${back.toString()}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('registerPrint.back')}</Button>
        </Link>
        <Typography.Text type="secondary">{t('registerPrint.hint')}</Typography.Text>
      </Flex>
      {sheet.error ? (
        <div className="qt-paper qt-no-print">
          <ErrorState error={sheet.error} onRetry={sheet.reload} />
        </div>
      ) : !sheet.data || sheet.loading ? (
        <FullPageSpin />
      ) : (
        <Paper sheet={sheet.data} emptyText={t('registerPrint.empty')} />
      )}
    </div>
  );
}

function Paper({ sheet, emptyText }: { sheet: RegisterSheet; emptyText: string }) {
  return (
    <div className="qt-paper">
      <h1>{sheet.title}</h1>
      <div className="qt-subtitle">{sheet.subtitle}</div>
      {sheet.truncated && sheet.note && (
        <Alert
          className="qt-no-print"
          type="warning"
          showIcon
          title={sheet.note}
          style={{ marginBottom: 8 }}
        />
      )}
      <table className="qt-sheet">
        <colgroup>
          {sheet.columns.map((c) => (
            <col key={c.key} style={{ width: COLUMN_WIDTHS[c.key] }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {sheet.columns.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.length === 0 ? (
            <tr>
              <td className="qt-empty" colSpan={sheet.columns.length}>
                {emptyText}
              </td>
            </tr>
          ) : (
            sheet.rows.map((cells) => (
              <tr key={cells[0]}>
                {cells.map((text, i) => {
                  const key = sheet.columns[i]!.key;
                  const classes = [i === 0 && 'qt-seq', KEEP_TOGETHER.has(key) && 'qt-keep'];
                  return (
                    <td key={key} className={classes.filter(Boolean).join(' ') || undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {sheet.note && <p className="qt-note">{sheet.note}</p>}
    </div>
  );
}
