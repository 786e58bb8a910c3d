import { Button, Result } from 'antd';
import type { ApiError } from '../../lib/api';
import { useT } from '../../app/i18n/locale-context';

/** A failed load, with the server's (translated) reason, its request id for support, and a retry. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={
        <>
          <div>{error.message}</div>
          {error.requestId && <small>{t('common.requestId', { id: error.requestId })}</small>}
        </>
      }
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
