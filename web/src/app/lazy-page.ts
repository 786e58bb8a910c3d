import { lazy, type ComponentType } from 'react';

const RELOADED_KEY = 'qiantai.reloadedForNewRelease';

/**
 * React.lazy for a page. After a new release the old page chunks are gone from the server; a tab opened
 * before the release then fails to load the next page, so reload once to pick up the new build.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
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
