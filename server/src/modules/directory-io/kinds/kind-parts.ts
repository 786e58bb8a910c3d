import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import { collectPages, RowChecks } from './cell-checks.js';
import type { Cells, DirectoryKind, ExportEnv, KindEnv, RowPlan } from './kind.js';
import { contactsOf, type PersonContact } from './references.js';

// The parts every kind shares; each kind keeps only its columns, its row plan and its row layout.

type PlanRow = (ctx: ServiceContext, env: KindEnv, checks: RowChecks) => Promise<RowPlan | undefined>;

/** A row is checked cell by cell; when the plan gives up, the row's issues are the answer. */
export function checkedPlan(planRow: PlanRow): DirectoryKind['plan'] {
  return async (ctx, env, cells) => {
    const checks = new RowChecks(cells, env.locale);
    return (await planRow(ctx, env, checks)) ?? checks.issues;
  };
}

type Page<T> = { items: T[]; total: number };

/**
 * The current filtered list as rows: the list route's own filters (paging aside), every page up to
 * the export's limit, and the phones and ID numbers of the people the records name (masked unless
 * the export is full).
 */
export function listExport<F extends { propertyId: string }, Item>(opts: {
  filters: z.ZodType<F>;
  list: (ctx: ServiceContext, query: F & { page: number; pageSize: number }) => Promise<Page<Item>>;
  peopleOf?: (item: Item) => (string | null)[];
  toRows: (
    items: Item[],
    extra: { ctx: ServiceContext; env: ExportEnv; contacts: Map<string, PersonContact> },
  ) => Promise<Cells[]> | Cells[];
}): DirectoryKind['exportRecords'] {
  return async (ctx, env, query) => {
    const filters = opts.filters.parse({ ...query, propertyId: env.propertyId });
    const { items, total } = await collectPages(env.limit, (page, pageSize) =>
      opts.list(ctx, { ...filters, page, pageSize }),
    );
    const personIds = opts.peopleOf ? items.flatMap(opts.peopleOf).filter((id): id is string => !!id) : [];
    const contacts = personIds.length
      ? await contactsOf(ctx, env, personIds)
      : new Map<string, PersonContact>();
    return { filters, rows: await opts.toRows(items, { ctx, env, contacts }), total };
  };
}
