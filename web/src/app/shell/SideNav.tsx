import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/auth-context';
import { useT } from '../i18n/locale-context';
import { ADMIN_NAV, PERSONAL_NAV, type NavItem } from './nav-items';

type MenuItem = Required<MenuProps>['items'][number];

export function SideNav() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const allowed = (item: NavItem) => !item.permission || me.permissions.includes(item.permission);
  const toMenuItem = (item: NavItem): MenuItem => ({ key: item.path, icon: item.icon, label: t(item.label) });

  const adminItems = ADMIN_NAV.filter(allowed).map(toMenuItem);
  const items: MenuItem[] = [
    ...PERSONAL_NAV.filter(allowed).map(toMenuItem),
    ...(adminItems.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.groupAdmin'), children: adminItems }]
      : []),
  ];
  const selected = [...PERSONAL_NAV, ...ADMIN_NAV].find(
    (item) => item.path !== '/' && pathname.startsWith(item.path),
  );

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected?.path ?? '/']}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
