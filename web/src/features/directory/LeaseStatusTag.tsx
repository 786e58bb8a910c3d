import { Tag } from 'antd';
import type { Lease } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { daysUntil } from './directory-format';

const EXPIRING_DAYS = 30;

/** Active, ended or terminated; an active lease close to its end says how many days are left. */
export function LeaseStatusTag({ lease }: { lease: Lease }) {
  const t = useT();
  if (lease.status !== 'active') return <Tag>{t(`directory.leaseStatus.${lease.status}`)}</Tag>;
  const left = daysUntil(lease.endDate);
  if (left < 0) return <Tag color="default">{t('directory.lease.overdue')}</Tag>;
  if (left <= EXPIRING_DAYS)
    return (
      <Tag color={left <= 7 ? 'red' : 'orange'} data-testid="days-left">
        {left === 0 ? t('directory.lease.endsToday') : t('directory.lease.daysLeft', { days: left })}
      </Tag>
    );
  return <Tag color="green">{t('directory.leaseStatus.active')}</Tag>;
}
