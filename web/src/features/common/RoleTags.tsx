import { Flex, Tag } from 'antd';
import type { Role } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';

// Colour by how much a role may do, so a glance at a list shows who holds power.
const ROLE_COLOURS: Record<Role, string> = {
  admin: 'red',
  manager: 'purple',
  supervisor: 'geekblue',
  receptionist: 'blue',
  department_staff: 'cyan',
  auditor: 'gold',
};

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLOURS[role]} variant="outlined" style={{ marginInlineEnd: 0 }}>
          {t(`role.${role}`)}
        </Tag>
      ))}
    </Flex>
  );
}
