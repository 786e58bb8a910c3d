import type { FeatureNav, NavGroup } from '../features/define-feature';
import { NAV_ITEMS } from '../features/registry';
import type { MessageKey } from '../i18n/catalogues';

// The side navigation's entries come from the features' manifests (FeatureNav: group, path, label,
// icon, and the permission of the route the entry opens); only the groups are the shell's own.
export type NavItem = FeatureNav<MessageKey>;
export { NAV_ITEMS };

/** The headings of the side navigation's groups; the personal entries come first, without one. */
export const NAV_GROUP_LABELS: Record<Exclude<NavGroup, 'personal'>, MessageKey> = {
  service: 'nav.groupService',
  directory: 'nav.groupDirectory',
  admin: 'nav.groupAdmin',
};
