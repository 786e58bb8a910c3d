import {
  SERVICE_KINDS,
  SERVICE_SEVERITIES,
  SERVICE_STATUSES,
  type ServiceKind,
  type ServiceSeverity,
  type ServiceStatus,
} from '@qiantai/contracts';
import type { RecordListQuery } from './service-api';

// The register's filters live in the URL query, so a link, a bookmark or a refresh shows the same list.
// Values a URL cannot mean (an old link, a typo) are dropped rather than sent to be refused.

export interface RegisterFilters {
  from?: string;
  to?: string;
  kind: ServiceKind[];
  status: ServiceStatus[];
  severity: ServiceSeverity[];
  departmentId?: string;
  /** A user id, or `me`. */
  assignee?: string;
  open: boolean;
  overdue: boolean;
  q?: string;
  /** Set by links from a person card or a unit page: one customer's or one unit's records. */
  customerPersonId?: string;
  unitId?: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const raw = (params.get(key) ?? '').split(',');
  return allowed.filter((value) => raw.includes(value));
}

const text = (params: URLSearchParams, key: string, max = 64) => {
  const value = params.get(key)?.trim();
  return value ? value.slice(0, max) : undefined;
};

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function parseFilters(params: URLSearchParams): RegisterFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const pageSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
    kind: listOf(params, 'kind', SERVICE_KINDS),
    status: listOf(params, 'status', SERVICE_STATUSES),
    severity: listOf(params, 'severity', SERVICE_SEVERITIES),
    departmentId: text(params, 'departmentId'),
    assignee: text(params, 'assignee'),
    open: params.get('open') === 'true',
    overdue: params.get('overdue') === 'true',
    q: text(params, 'q', 50),
    customerPersonId: text(params, 'customerPersonId'),
    unitId: text(params, 'unitId'),
    page: positive(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query of the filters; empty and default values are left out so links stay short. */
export function filtersToSearch(f: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined | false) => {
    if (value) params.set(key, value);
  };
  put('from', f.from);
  put('to', f.to);
  put('kind', f.kind.join(','));
  put('status', f.status.join(','));
  put('severity', f.severity.join(','));
  put('departmentId', f.departmentId);
  put('assignee', f.assignee);
  put('open', f.open && 'true');
  put('overdue', f.overdue && 'true');
  put('q', f.q);
  put('customerPersonId', f.customerPersonId);
  put('unitId', f.unitId);
  put('page', f.page > 1 && String(f.page));
  put('pageSize', f.pageSize !== DEFAULT_PAGE_SIZE && String(f.pageSize));
  return params;
}

/** The API query for the list of one property. */
export function filtersToQuery(propertyId: string, f: RegisterFilters): RecordListQuery {
  const list = (values: readonly string[]) => (values.length ? values.join(',') : undefined);
  return {
    propertyId,
    page: f.page,
    pageSize: f.pageSize,
    from: f.from,
    to: f.to,
    kind: list(f.kind),
    status: list(f.status),
    severity: list(f.severity),
    departmentId: f.departmentId,
    assignee: f.assignee,
    open: f.open ? 'true' : undefined,
    overdue: f.overdue ? 'true' : undefined,
    q: f.q,
    customerPersonId: f.customerPersonId,
    unitId: f.unitId,
  };
}

/** One-click views of the register; each sets the "whose and which state" filters and keeps the rest. */
export type Preset = 'all' | 'open' | 'overdue' | 'myDepartment' | 'mine';

type PresetFields = Pick<RegisterFilters, 'status' | 'departmentId' | 'assignee' | 'open' | 'overdue'>;

export function presetFields(preset: Preset, myDepartmentId: string | null): PresetFields {
  const none: PresetFields = {
    status: [],
    departmentId: undefined,
    assignee: undefined,
    open: false,
    overdue: false,
  };
  switch (preset) {
    case 'all':
      return none;
    case 'open':
      return { ...none, open: true };
    case 'overdue':
      return { ...none, overdue: true };
    case 'myDepartment':
      return { ...none, open: true, departmentId: myDepartmentId ?? undefined };
    case 'mine':
      return { ...none, open: true, assignee: 'me' };
  }
}

/** Applies a preset: its fields replace the current ones, the rest stays, and the list starts at page 1. */
export function applyPreset(
  f: RegisterFilters,
  preset: Preset,
  myDepartmentId: string | null,
): RegisterFilters {
  return { ...f, ...presetFields(preset, myDepartmentId), page: 1 };
}

/** The preset the filters amount to, if any (so its button shows as chosen). */
export function activePreset(
  f: RegisterFilters,
  offered: readonly Preset[],
  myDepartmentId: string | null,
): Preset | null {
  return (
    offered.find((preset) => {
      const p = presetFields(preset, myDepartmentId);
      return (
        p.status.join(',') === f.status.join(',') &&
        p.departmentId === f.departmentId &&
        p.assignee === f.assignee &&
        p.open === f.open &&
        p.overdue === f.overdue
      );
    }) ?? null
  );
}
