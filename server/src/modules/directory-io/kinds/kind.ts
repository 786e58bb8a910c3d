import type { DirectoryKindName, Locale } from '@qiantai/contracts';
import type { ServiceContext } from '../../../platform/context.js';
import type { PersonalDataCipher } from '../../../platform/privacy/personal-data-cipher.js';
import type { ReminderDeps } from '../../leases/index.js';
import type { Choices } from '../choice-labels.js';

export interface Column {
  key: string;
  zh: string;
  en: string;
  /** What goes in the column, for the 说明 sheet. */
  help: { zh: string; en: string };
  example: string;
  required?: boolean;
  /** Enum columns: the template offers these labels as a drop-down list. */
  choices?: Choices<string>;
  /** Personal data: masked wherever a cell is echoed back (import errors). */
  personal?: 'phone' | 'idNumber';
  /** Shown in exports only (a lease's status is not imported: it follows from edits). */
  exportOnly?: boolean;
}

/** One row of a sheet: the text of each column, by column key ('' when empty). */
export type Cells = Record<string, string>;

export interface CellIssue {
  column: string;
  message: string;
}

export type Outcome = 'created' | 'updated' | 'skipped';

/** A valid row: its natural key (duplicates within a file) and how to write it in the import's transaction. */
export interface RowPlan {
  naturalKey: string;
  keyColumn: string;
  write(tx: ServiceContext): Promise<Outcome>;
}

export interface KindEnv {
  propertyId: string;
  cipher: PersonalDataCipher;
  deps: ReminderDeps;
  locale: Locale;
}

export interface ExportEnv extends KindEnv {
  /** Phones and ID numbers in full (the caller holds person.reveal and asked for it). */
  full: boolean;
  /** At most this many rows. */
  limit: number;
}

export interface ExportRecords {
  /** The list filters as applied, for the audit entry. */
  filters: Record<string, unknown>;
  /** One or more rows per record (a person has one per current residence). */
  rows: Cells[];
  /** How many records were read, at most the limit. */
  records: number;
  /** How many records match, which is more than `records` when the export was capped. */
  total: number;
}

/** One kind of directory record as a spreadsheet: its columns, its import and its export. */
export interface DirectoryKind {
  kind: DirectoryKindName;
  /** Sheet and file title: 住户名单 / People. */
  title: { zh: string; en: string };
  columns: readonly Column[];
  /** Checks one row with the API's schemas and finds what it refers to; writes nothing. */
  plan(ctx: ServiceContext, env: KindEnv, cells: Cells): Promise<RowPlan | CellIssue[]>;
  /**
   * The current filtered list (every page up to the limit, yielding to the event loop between
   * pages); `query` is the list route's filters.
   */
  exportRecords(ctx: ServiceContext, env: ExportEnv, query: Record<string, unknown>): Promise<ExportRecords>;
}

export const importColumns = (kind: DirectoryKind) => kind.columns.filter((c) => !c.exportOnly);
