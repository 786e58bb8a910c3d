import type { ServiceCategory, ServiceKind } from '@qiantai/contracts';

// The category tree the desk picks from, and where a category routes by default.

export interface TreeNode {
  value: string;
  title: string;
  /** Both names, so 漏水 and "leak" find it in either interface language. */
  search: string;
  children: TreeNode[];
}

/** The kind's active categories as a tree (sorted as configured), in the interface language. */
export function categoryTree(
  categories: readonly ServiceCategory[],
  kind: ServiceKind,
  en: boolean,
): TreeNode[] {
  const usable = categories.filter((c) => c.kind === kind && c.active);
  const ids = new Set(usable.map((c) => c.id));
  const childrenOf = (parentId: string | null): TreeNode[] =>
    usable
      .filter((c) =>
        parentId === null ? c.parentId === null || !ids.has(c.parentId) : c.parentId === parentId,
      )
      .sort((a, b) => a.sort - b.sort)
      .map((c) => ({
        value: c.id,
        title: en ? c.nameEn || c.name : c.name,
        search: `${c.name} ${c.nameEn}`,
        children: childrenOf(c.id),
      }));
  return childrenOf(null);
}

/** The department a category routes to: its own default, else the nearest parent's. */
export function defaultDepartmentOf(
  categories: readonly ServiceCategory[],
  categoryId: string | null,
): string | null {
  const byId = new Map(categories.map((c) => [c.id, c]));
  for (
    let c = categoryId ? byId.get(categoryId) : undefined;
    c;
    c = c.parentId ? byId.get(c.parentId) : undefined
  )
    if (c.defaultDepartmentId) return c.defaultDepartmentId;
  return null;
}
