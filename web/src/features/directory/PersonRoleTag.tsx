import { Tag } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { ROLE_COLOURS, type PersonRole } from './directory-format';

export function PersonRoleTag({ role }: { role: PersonRole }) {
  const t = useT();
  return (
    <Tag color={ROLE_COLOURS[role]} style={{ marginInlineEnd: 0 }}>
      {t(`directory.role.${role}`)}
    </Tag>
  );
}
