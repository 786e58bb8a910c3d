import type { ComponentType, ReactNode } from 'react';
import type { SearchResult } from '@qiantai/contracts';
import type { Permissions } from '../auth/allows';
import type { LazyComponent } from '../lazy-page';
import type { LiveHandlers } from '../live/use-live-events';

// What a feature of the web app declares, and the slots the app offers it. The app (router, side
// navigation, route guards, message catalogues, header, live events, person card, unit page, home
// page) reads these declarations from the one list in features/index.ts and nowhere else.
//
// This file sits in app/ because it is the app's half of the contract: the app decides which slots
// exist and renders them; a feature only fills them. Features already import app/ (auth, i18n, live),
// and app/ imports features only through features/index.ts.

export type { Permissions };

/** A feature's texts in one language: message key → text with {param} placeholders. */
export type Catalogue = Readonly<Record<string, string>>;

/** zh-CN is the reference; en must have exactly its keys (checked at compile time). */
export interface FeatureMessages<M extends Catalogue> {
  'zh-CN': M;
  en: Record<keyof M, string>;
}

/** The side navigation's groups, in the order the shell shows them ('personal' has no heading). */
export const NAV_GROUPS = ['personal', 'service', 'directory', 'admin'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface FeatureRoute {
  /** Below the root, without the leading slash ('users', 'directory/units/:id'); '' is the home page. */
  path: string;
  /** `lazyPage(() => import('./SomePage'))`, always: pages stay out of the main chunk. */
  page: LazyComponent;
  /** Needed to open the page; without it every signed-in user may. */
  permission?: Permissions;
  /**
   * 'shell' (the default): inside the app's frame. 'standalone': signed in, without the frame (the
   * register on paper). 'public': before sign-in, without the frame (the login page).
   */
  layout?: 'shell' | 'standalone' | 'public';
}

export interface FeatureNavInput<K extends string> {
  group: NavGroup;
  /** The URL the entry opens: one of the feature's own routes, with the leading slash. */
  path: string;
  /** A key of the feature's own catalogue. */
  label: K;
  icon: ReactNode;
  /** Other paths that belong to this entry (a unit's page sits under the buildings). */
  also?: string[];
}

/**
 * A navigation entry has no permission of its own: it shows to exactly those whom its route lets in,
 * so the menu and the guard cannot disagree (they did for the service configuration).
 */
export interface FeatureNav<K extends string = string> extends FeatureNavInput<K> {
  permission: Permissions | undefined;
}

/** A widget in the header: after the property switcher ('start') or beside the bell ('end'). */
export interface HeaderWidget {
  id: string;
  placement: 'start' | 'end';
  permission?: Permissions;
  /** Shown on every page, so it is part of the main chunk: keep it small. */
  component: ComponentType;
}

/** A panel another feature puts on a page: shown, in `order`, to holders of its permission. */
export interface Panel<P extends object> {
  id: string;
  order: number;
  permission?: Permissions;
  /**
   * Lazy (`lazyPage`) unless tiny, so that it does not weigh on the main chunk; the page preloads it
   * while its own data loads (usePanelsReady).
   */
  component: ComponentType<P>;
}

/** A person card panel sits in the right-hand column, below the person's units. */
export type PersonPanel = Panel<{ personId: string; propertyId: string }>;

/** A unit page panel is a button beside Edit ('actions') or a card below the unit's leases ('main'). */
export type UnitPanel = Panel<{ unitId: string; propertyId: string }> & { area: 'actions' | 'main' };

/** A panel of the home page, for the roles that hold its permission. Always lazy. */
export interface HomePanel {
  id: string;
  order: number;
  permission: Permissions;
  component: LazyComponent;
}

/**
 * What Alt+Enter on a highlighted result of the header's lookup does (its Enter opens the result's
 * page). The first action the user may take wins.
 */
export interface LookupAction<K extends string = string> {
  id: string;
  permission?: Permissions;
  /** The hint under the results; a key of the feature's own catalogue. */
  hint: K;
  /** Where to go for this result, or null when the action does not apply to it. */
  target(result: SearchResult): string | null;
}

export interface FeatureDefinition<M extends Catalogue> {
  /** The feature's folder name. */
  id: string;
  messages: FeatureMessages<M>;
  routes?: FeatureRoute[];
  nav?: FeatureNavInput<keyof M & string>[];
  header?: HeaderWidget[];
  /** A hook the shell calls on every render; the handlers of every feature share the tab's one stream. */
  useLiveHandlers?: () => LiveHandlers;
  personPanels?: PersonPanel[];
  unitPanels?: UnitPanel[];
  homePanels?: HomePanel[];
  lookupActions?: LookupAction<keyof M & string>[];
}

/** A feature as the app reads it: every slot present, every navigation entry with its route's permission. */
export interface Feature<M extends Catalogue = Catalogue> {
  id: string;
  messages: FeatureMessages<M>;
  routes: FeatureRoute[];
  nav: FeatureNav<keyof M & string>[];
  header: HeaderWidget[];
  useLiveHandlers: (() => LiveHandlers) | undefined;
  personPanels: PersonPanel[];
  unitPanels: UnitPanel[];
  homePanels: HomePanel[];
  lookupActions: LookupAction<keyof M & string>[];
}

export function defineFeature<M extends Catalogue>(definition: FeatureDefinition<M>): Feature<M> {
  const routes = definition.routes ?? [];
  const nav = (definition.nav ?? []).map((entry) => {
    const route = routes.find((r) => `/${r.path}` === entry.path && (r.layout ?? 'shell') === 'shell');
    if (!route) throw new Error(`feature ${definition.id}: menu entry ${entry.path} has no page of its own`);
    return { ...entry, permission: route.permission };
  });
  return {
    id: definition.id,
    messages: definition.messages,
    routes,
    nav,
    header: definition.header ?? [],
    useLiveHandlers: definition.useLiveHandlers,
    personPanels: definition.personPanels ?? [],
    unitPanels: definition.unitPanels ?? [],
    homePanels: definition.homePanels ?? [],
    lookupActions: definition.lookupActions ?? [],
  };
}
