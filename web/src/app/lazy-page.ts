import { lazy, type ComponentType } from 'react';

const RELOADED_KEY = 'qiantai.reloadedForNewRelease';

/**
 * React.lazy for a page (or a panel one feature puts on another's page). After a new release the old
 * page chunks are gone from the server; a tab opened before the release then fails to load the next
 * page, so reload once to pick up the new build.
 */
export function lazyPage<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return lazy<ComponentType<P>>(async () => {
    try {
      const page = await load();
      sessionStorage.removeItem(RELOADED_KEY);
      return page;
    } catch (error) {
      if (!sessionStorage.getItem(RELOADED_KEY)) {
        sessionStorage.setItem(RELOADED_KEY, '1');
        window.location.reload();
      }
      throw error;
    }
  });
}
