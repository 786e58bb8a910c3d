import { FEATURES } from '../../features/index';
import type { MessageKey } from '../i18n/catalogues';
import type { LiveHandlers } from '../live/use-live-events';
import type {
  FeatureNav,
  FeatureRoute,
  HeaderWidget,
  HomePanel,
  LookupAction,
  PersonPanel,
  UnitPanel,
} from './define-feature';

// Everything the app takes from the features, derived from the one list. Only app/ imports this
// module (features read their slots through FeatureSlotsContext), so FEATURES is complete by the
// time it loads.

export interface AppRoute extends FeatureRoute {
  feature: string;
}

/** Every page of every feature, with the permission its guard checks. */
export const ROUTES: readonly AppRoute[] = FEATURES.flatMap((f) =>
  f.routes.map((route) => ({ ...route, feature: f.id })),
);

/** The side navigation's entries, in the order of FEATURES; each with its route's permission. */
export const NAV_ITEMS: readonly FeatureNav<MessageKey>[] = FEATURES.flatMap(
  (f): FeatureNav<MessageKey>[] => f.nav,
);

export const HEADER_WIDGETS: readonly HeaderWidget[] = FEATURES.flatMap((f) => f.header);

const byOrder = <T extends { order: number }>(items: T[]) => items.sort((a, b) => a.order - b.order);

/** What features put on other features' pages; handed to them through FeatureSlotsContext. */
export interface FeatureSlots {
  personPanels: readonly PersonPanel[];
  unitPanels: readonly UnitPanel[];
  homePanels: readonly HomePanel[];
  lookupActions: readonly LookupAction<MessageKey>[];
}

export const FEATURE_SLOTS: FeatureSlots = {
  personPanels: byOrder(FEATURES.flatMap((f) => f.personPanels)),
  unitPanels: byOrder(FEATURES.flatMap((f) => f.unitPanels)),
  homePanels: byOrder(FEATURES.flatMap((f) => f.homePanels)),
  lookupActions: FEATURES.flatMap((f): LookupAction<MessageKey>[] => f.lookupActions),
};

/** The features' live-event handler hooks; the shell subscribes each to the tab's one stream. */
export const LIVE_HANDLERS: readonly { feature: string; useHandlers: () => LiveHandlers }[] =
  FEATURES.flatMap((f) => (f.useLiveHandlers ? [{ feature: f.id, useHandlers: f.useLiveHandlers }] : []));
