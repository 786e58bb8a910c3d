import { createContext, Suspense, useContext, type ReactNode } from 'react';
import { useMe } from '../auth/auth-context';
import { allows } from '../auth/allows';
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
