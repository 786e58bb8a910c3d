import { createContext, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';
import { useMe } from '../auth/auth-context';
import { allows, type Permissions } from '../auth/allows';
import type { LazyComponent } from '../lazy-page';
import type { Panel } from './define-feature';
import type { FeatureSlots } from './registry';

/**
 * The slots other features fill (person card and unit page panels, lookup actions, home panels),
 * provided by the shell. A feature reads its slots here rather than importing the feature list, which
 * imports every feature: that would tie each feature to all the others.
 */
export const FeatureSlotsContext = createContext<FeatureSlots | null>(null);

export function useFeatureSlots(): FeatureSlots {
  const slots = useContext(FeatureSlotsContext);
  if (!slots) throw new Error('useFeatureSlots outside the app shell');
  return slots;
}

/**
 * Loads the lazy panels the user may see, alongside the page's own data, and says when they are
 * there. A page shows its skeleton until then, as it does for its data, so that its panels render
 * with it rather than popping in (and pushing the cards below down) a moment later.
 */
export function usePanelsReady(
  panels: readonly { id: string; component: unknown; permission?: Permissions }[],
): boolean {
  const { permissions } = useMe();
  const pending = panels.filter(
    (p) => allows(p.permission, permissions) && isLazy(p.component) && !p.component.isLoaded(),
  );
  const pendingIds = pending.map((p) => p.id).join(',');
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!pendingIds) return;
    let live = true;
    const loads = pending.map((p) => (p.component as LazyComponent).preload());
    void Promise.all(loads).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
    // The ids say which panels are pending; `pending` itself is a new array on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pendingIds]);
  return pendingIds === '';
}

const isLazy = (component: unknown): component is LazyComponent =>
  typeof (component as { preload?: unknown }).preload === 'function';

/** The panels the signed-in user may see, each loading on its own (nothing shows until it has). */
export function FeaturePanels<P extends object>({
  panels,
  props,
  wrap = (panel) => panel,
}: {
  panels: readonly Panel<P>[];
  props: P;
  /** Puts each panel in the page's layout (a grid column…). */
  wrap?: (panel: ReactNode, id: string) => ReactNode;
}) {
  const { permissions } = useMe();
  return panels
    .filter((panel) => allows(panel.permission, permissions))
    .map(({ id, component: Component }) => (
      <Suspense key={id} fallback={null}>
        {wrap(<Component {...props} />, id)}
      </Suspense>
    ));
}
