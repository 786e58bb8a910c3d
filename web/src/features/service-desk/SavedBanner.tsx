import { Alert } from 'antd';
import { Link } from 'react-router';
import type { ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { recordPath } from './desk-paths';

/** The record just logged, with its number to read out and a link, until the next one or a close. */
export function SavedBanner({ record, onClose }: { record: ServiceRecord; onClose(): void }) {
  const t = useT();
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      data-testid="desk-saved"
      title={
        <span>
          {t('serviceDesk.savedBanner')}{' '}
          <Link to={recordPath(record.id)} style={{ fontWeight: 600 }}>
            {record.number}
          </Link>
          {' · '}
          {t(`service.kind.${record.kind}`)} · {t(`service.status.${record.status}`)}
        </span>
      }
    />
  );
}
