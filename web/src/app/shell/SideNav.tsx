import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { allows } from '../auth/allows';
import { useMe } from '../auth/auth-context';
import { NAV_GROUPS } from '../features/define-feature';
import { useT } from '../i18n/locale-context';
import { NAV_GROUP_LABELS, NAV_ITEMS, type NavItem } from './nav-items';

type MenuItem = Required<MenuProps>['items'][number];

export function SideNav() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const toMenuItem = (item: NavItem): MenuItem => ({ key: item.path, icon: item.icon, label: t(item.label) });
  const mine = NAV_ITEMS.filter((item) => allows(item.permission, me.permissions));
  const items: MenuItem[] = NAV_GROUPS.flatMap((group): MenuItem[] => {
    const children = mine.filter((item) => item.group === group).map(toMenuItem);
    if (group === 'personal' || !children.length) return children;
    return [{ type: 'group' as const, key: group, label: t(NAV_GROUP_LABELS[group]), children }];
  });
  const selected = NAV_ITEMS.find(
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
