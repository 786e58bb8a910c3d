import { describe, expect, test } from 'vitest';
import { ROLE_PERMISSIONS, ROLES, SERVICE_CONFIG_READERS, type Permission } from '@qiantai/contracts';
import { FEATURES } from '../../features/index';
import { allows } from '../auth/allows';
import { defineFeature, NAV_GROUPS } from './define-feature';
import { FEATURE_SLOTS, NAV_ITEMS, ROUTES } from './registry';

const asList = (p: Permission | readonly Permission[] | undefined) =>
  p === undefined ? [] : typeof p === 'string' ? [p] : [...p];
const routeOf = (navPath: string) =>
  ROUTES.find((r) => `/${r.path}` === navPath && (r.layout ?? 'shell') === 'shell');

describe('feature manifests', () => {
  test('every menu entry opens a shell page and shows for exactly the permission its guard checks', () => {
    for (const item of NAV_ITEMS) {
      const route = routeOf(item.path);
      expect(route, item.path).toBeDefined();
      expect(asList(item.permission).sort(), item.path).toEqual(asList(route!.permission).sort());
    }
  });

  test('for every role, the menu offers exactly the pages with a menu entry that the role may open', () => {
    for (const role of ROLES) {
      const held = ROLE_PERMISSIONS[role];
      const shown = NAV_ITEMS.filter((item) => allows(item.permission, held)).map((item) => item.path);
      const openable = NAV_ITEMS.filter((item) => allows(routeOf(item.path)!.permission, held)).map(
        (i) => i.path,
      );
      expect(shown, role).toEqual(openable);
    }
  });

  test('the service configuration opens, and shows in the menu, for whom the server lets read it', () => {
    const route = ROUTES.find((r) => r.path === 'service/config')!;
    expect(asList(route.permission).sort()).toEqual([...SERVICE_CONFIG_READERS].sort());
    const entry = NAV_ITEMS.find((item) => item.path === '/service/config')!;
    expect(asList(entry.permission).sort()).toEqual([...SERVICE_CONFIG_READERS].sort());
    // The desk, auditors, department staff and managers read it; they used to have no menu entry.
    for (const role of ['receptionist', 'auditor', 'department_staff', 'manager'] as const)
      expect(allows(entry.permission, ROLE_PERMISSIONS[role]), role).toBe(true);
  });

  test('the menu keeps its groups and order', () => {
    const byGroup = Object.fromEntries(
      NAV_GROUPS.map((g) => [g, NAV_ITEMS.filter((i) => i.group === g).map((i) => i.path)]),
    );
    expect(byGroup).toEqual({
      personal: ['/', '/notifications'],
      service: ['/service/new', '/service/records', '/service/follow-ups', '/service/config'],
      directory: [
        '/directory/buildings',
        '/directory/people',
        '/directory/vehicles',
        '/directory/parking',
        '/directory/leases',
        '/phonebook',
      ],
      admin: ['/users', '/properties', '/audit', '/jobs', '/notification-channels'],
    });
  });

  test('every page is lazy (its own chunk) and no two routes share a path', () => {
    for (const route of ROUTES)
      expect((route.page as unknown as { $$typeof: symbol }).$$typeof, route.path).toBe(
        Symbol.for('react.lazy'),
      );
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('feature ids are their folder names, each listed once', () => {
    const ids = FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FEATURES) expect(f.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('the person card and the unit page take service-desk panels; the home page has none yet', () => {
    expect(FEATURE_SLOTS.personPanels.map((p) => p.id)).toEqual(['service-records']);
    expect(FEATURE_SLOTS.unitPanels.map((p) => `${p.area}:${p.id}`)).toEqual(['actions:new-service-record']);
    expect(FEATURE_SLOTS.homePanels).toEqual([]);
  });

  test('a menu entry without a page of its own feature is refused', () => {
    const messages = { 'zh-CN': { 'nav.x': 'X' }, en: { 'nav.x': 'X' } };
    expect(() =>
      defineFeature({ id: 'x', messages, nav: [{ group: 'admin', path: '/x', label: 'nav.x', icon: null }] }),
    ).toThrow('menu entry /x has no page of its own');
  });
});
