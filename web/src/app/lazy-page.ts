import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const RELOADED_KEY = 'qiantai.reloadedForNewRelease';

export type LazyComponent<P extends object = object> = LazyExoticComponent<ComponentType<P>> & {
  /** Loads the chunk now, before the component first renders (idempotent); never rejects. */
  preload(): Promise<void>;
  /** Whether the chunk is there: the component then renders without suspending. */
  isLoaded(): boolean;
};

/**
 * React.lazy for a page (or a panel one feature puts on another's page). After a new release the old
 * page chunks are gone from the server; a tab opened before the release then fails to load the next
 * page, so reload once to pick up the new build.
 */
export function lazyPage<P extends object = object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyComponent<P> {
  type Module = Awaited<ReturnType<typeof load>>;
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module;
        sessionStorage.removeItem(RELOADED_KEY);
        return module;
      },
      (error: unknown) => {
        loading = undefined; // a failed preload is tried again by the render that needs the chunk
        throw error;
      },
    ));
  const component = lazy<ComponentType<P>>(() => {
    // Preloaded already: a thenable that answers at once lets React render it without suspending
    // (React.lazy takes any thenable), so the panel does not pop in a moment after its page.
    if (loaded) {
      const module = loaded;
      return { then: (resolve: (m: Module) => void) => resolve(module) } as unknown as Promise<Module>;
    }
    return loadOnce().catch((error: unknown) => {
      if (!sessionStorage.getItem(RELOADED_KEY)) {
        sessionStorage.setItem(RELOADED_KEY, '1');
        window.location.reload();
      }
      throw error;
    });
  });
  return Object.assign(component, {
    preload: () =>
      loadOnce().then(
        () => undefined,
        () => undefined,
      ),
    isLoaded: () => loaded !== undefined,
  });
}
