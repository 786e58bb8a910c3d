import { Button, Result } from 'antd';
import { useT } from './i18n/locale-context';

/** Last line of defence for a page that failed to load or render. */
export function RouteError() {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('common.pageFailed')}
      subTitle={t('common.pageFailedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
