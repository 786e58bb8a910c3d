import { Flex, Tag } from 'antd';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';

export function UserStatusTag({ user }: { user: Pick<User, 'disabled' | 'mustChangePassword'> }) {
  const t = useT();
  return (
    <Flex gap={4} style={{ whiteSpace: 'nowrap' }}>
      {user.disabled ? (
        <Tag color="default">{t('users.status.disabled')}</Tag>
      ) : (
        <Tag color="success">{t('users.status.active')}</Tag>
      )}
      {user.mustChangePassword && !user.disabled && <Tag color="warning">{t('users.status.mustChange')}</Tag>}
    </Flex>
  );
}
