import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import { yieldToLoop } from '../xlsx-stream.js';
import { RowChecks } from './cell-checks.js';
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
 * Records read per list call. Each call is one synchronous query on SQLite, and its cost grows with
 * the page and, with OFFSET paging, with how deep the page is: small pages with a turn of the event
 * loop between them keep the server answering other requests while 50,000 records are read.
 */
export const EXPORT_PAGE_SIZE = 200;

/**
 * The current filtered list as rows: the list route's own filters (paging aside), every page up to
 * the export's limit, and the phones and ID numbers of the people the records name (masked unless
 * the export is full). Page by page: read, yield, look up the page's people, turn it into rows, yield.
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
    const rows: Cells[] = [];
    let total = 0;
    let records = 0;
    for (let page = 1; records < env.limit; page += 1) {
      const result = await opts.list(ctx, { ...filters, page, pageSize: EXPORT_PAGE_SIZE });
      total = result.total;
      const items = result.items.slice(0, env.limit - records);
      records += items.length;
      await yieldToLoop();
      const personIds = opts.peopleOf ? items.flatMap(opts.peopleOf).filter((id): id is string => !!id) : [];
      const contacts = personIds.length
        ? await contactsOf(ctx, env, personIds)
        : new Map<string, PersonContact>();
      rows.push(...(await opts.toRows(items, { ctx, env, contacts })));
      await yieldToLoop();
      if (result.items.length < EXPORT_PAGE_SIZE) break;
    }
    return { filters, rows, total, records };
  };
}
