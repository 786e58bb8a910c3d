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

/** A list read page by page; `total` is how many records match. */
export type PageReader<F, Item> = (
  ctx: ServiceContext,
  filters: F,
  pageSize: number,
) => AsyncIterable<Page<Item>>;

/** The list route's own pages, one after another (OFFSET pages: each reads and skips the rows before it). */
function offsetPages<F, Item>(
  list: (ctx: ServiceContext, query: F & { page: number; pageSize: number }) => Promise<Page<Item>>,
): PageReader<F, Item> {
  return async function* (ctx, filters, pageSize) {
    for (let page = 1; ; page += 1) {
      const result = await list(ctx, { ...filters, page, pageSize });
      yield result;
      if (result.items.length < pageSize) return;
    }
  };
}

/**
 * Records read per page. Each read is one synchronous query on SQLite: small pages with a turn of
 * the event loop between them keep the server answering other requests while 50,000 are read.
 */
export const EXPORT_PAGE_SIZE = 200;

/**
 * The current filtered list as rows: the list route's own filters (paging aside), every page up to
 * the export's limit, and the phones and ID numbers of the people the records name (masked unless
 * the export is full). Page by page: read, yield, look up the page's people, turn it into rows, yield.
 */
export function listExport<F extends { propertyId: string }, Item>(opts: {
  filters: z.ZodType<F>;
  /** The list route's service, whose filters and order the export follows. */
  list: (ctx: ServiceContext, query: F & { page: number; pageSize: number }) => Promise<Page<Item>>;
  /**
   * How to walk the whole list, when not by the list's OFFSET pages: fine for a few thousand
   * records; a kind whose lists run to tens of thousands (people) walks by keyset instead.
   */
  pages?: PageReader<F, Item>;
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
    const pages = opts.pages ?? offsetPages(opts.list);
    for await (const page of pages(ctx, filters, EXPORT_PAGE_SIZE)) {
      total = page.total;
      const items = page.items.slice(0, env.limit - records);
      records += items.length;
      await yieldToLoop();
      const personIds = opts.peopleOf ? items.flatMap(opts.peopleOf).filter((id): id is string => !!id) : [];
      const contacts = personIds.length
        ? await contactsOf(ctx, env, personIds)
        : new Map<string, PersonContact>();
      rows.push(...(await opts.toRows(items, { ctx, env, contacts })));
      await yieldToLoop();
      if (records >= env.limit) break;
    }
    return { filters, rows, total, records };
  };
}
