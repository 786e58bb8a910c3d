import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../auth/auth-context';
import type { MessageKey } from '../i18n/catalogues';
import { useT } from '../i18n/locale-context';
import { ADMIN_NAV, DIRECTORY_NAV, PERSONAL_NAV, SERVICE_NAV, type NavItem } from './nav-items';

type MenuItem = Required<MenuProps>['items'][number];

export function SideNav() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const allowed = ({ permission }: NavItem) =>
    !permission ||
    (typeof permission === 'string' ? [permission] : permission).some((p) => me.permissions.includes(p));
  const toMenuItem = (item: NavItem): MenuItem => ({ key: item.path, icon: item.icon, label: t(item.label) });

  const group = (key: string, label: MessageKey, nav: NavItem[]): MenuItem[] => {
    const children = nav.filter(allowed).map(toMenuItem);
    return children.length ? [{ type: 'group' as const, key, label: t(label), children }] : [];
  };
  const items: MenuItem[] = [
    ...PERSONAL_NAV.filter(allowed).map(toMenuItem),
    ...group('service', 'nav.groupService', SERVICE_NAV),
    ...group('directory', 'nav.groupDirectory', DIRECTORY_NAV),
    ...group('admin', 'nav.groupAdmin', ADMIN_NAV),
  ];
  const selected = [...PERSONAL_NAV, ...SERVICE_NAV, ...DIRECTORY_NAV, ...ADMIN_NAV].find(
    (item) => item.path !== '/' && [item.path, ...(item.also ?? [])].some((p) => pathname.startsWith(p)),
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
