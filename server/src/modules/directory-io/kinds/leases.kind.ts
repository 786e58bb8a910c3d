import { createLeaseBodySchema, leaseListQuerySchema } from '@qiantai/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import { createLease, listLeases, updateLease, type UpdateLeaseBody } from '../../leases/index.js';
import { LEASE_STATUS_LABELS } from '../choice-labels.js';
import { columnMapper, RowChecks } from './cell-checks.js';
import type { Column, DirectoryKind, KindEnv, Outcome, RowPlan } from './kind.js';
import { personOfCells, unitOfCell } from './references.js';
import { checkedPlan, listExport } from './kind-parts.js';

const columns: readonly Column[] = [
  {
    key: 'unit',
    zh: '房号',
    en: 'Unit',
    required: true,
    example: '3-2-1502',
    help: { zh: '已登记的房屋，如 3-2-1502', en: 'An existing unit, e.g. 3-2-1502' },
  },
  {
    key: 'tenantName',
    zh: '租户姓名',
    en: 'Tenant name',
    required: true,
    example: '张伟',
    help: { zh: '已登记的住户；与租户手机一起填写', en: 'A person on file, with the tenant’s mobile' },
  },
  {
    key: 'tenantMobile',
    zh: '租户手机',
    en: 'Tenant mobile',
    personal: 'phone',
    example: '13812345678',
    help: { zh: '与租户姓名一起确定租户', en: 'With the name, identifies the tenant' },
  },
  {
    key: 'tenantIdNumber',
    zh: '租户证件号码',
    en: 'Tenant ID number',
    personal: 'idNumber',
    example: '',
    help: { zh: '可代替手机确定租户', en: 'Identifies the tenant instead of the mobile' },
  },
  {
    key: 'startDate',
    zh: '开始日期',
    en: 'Start date',
    required: true,
    example: '2026-01-01',
    help: { zh: '年-月-日', en: 'YYYY-MM-DD' },
  },
  {
    key: 'endDate',
    zh: '结束日期',
    en: 'End date',
    required: true,
    example: '2026-12-31',
    help: { zh: '年-月-日，不早于开始日期', en: 'YYYY-MM-DD, not before the start' },
  },
  {
    key: 'rent',
    zh: '月租金（元）',
    en: 'Monthly rent (yuan)',
    required: true,
    example: '3500',
    help: { zh: '元，最多两位小数', en: 'Yuan, at most two decimals' },
  },
  {
    key: 'deposit',
    zh: '押金（元）',
    en: 'Deposit (yuan)',
    example: '7000',
    help: { zh: '元，空则为 0', en: 'Yuan; empty means 0' },
  },
  {
    key: 'status',
    zh: '状态',
    en: 'Status',
    exportOnly: true,
    example: '',
    help: { zh: '仅导出', en: 'Export only' },
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Notes',
    example: '',
    help: { zh: '最多 500 字', en: 'Up to 500 characters' },
  },
];

type LeaseBody = z.output<typeof createLeaseBodySchema>;
const tenant = { name: 'tenantName', mobile: 'tenantMobile', idNumber: 'tenantIdNumber' };
const columnOf = columnMapper(
  {
    unitId: 'unit',
    tenantPersonId: 'tenantName',
    startDate: 'startDate',
    endDate: 'endDate',
    rentFen: 'rent',
    depositFen: 'deposit',
    note: 'note',
  },
  'unit',
);
const yuan = (fen: number) => (fen / 100).toFixed(2);

async function plan(ctx: ServiceContext, env: KindEnv, checks: RowChecks): Promise<RowPlan | undefined> {
  const unit = await unitOfCell(ctx, env, checks, 'unit');
  const person = await personOfCells(ctx, env, checks, tenant);
  const parsed = createLeaseBodySchema.safeParse({
    unitId: unit?.id ?? 'unresolved',
    tenantPersonId: person?.id ?? 'unresolved',
    startDate: checks.date('startDate'),
    endDate: checks.date('endDate'),
    rentFen: checks.money('rent'),
    depositFen: checks.money('deposit'),
    note: checks.text('note'),
  });
  if (!parsed.success) checks.schemaIssues(parsed.error, columnOf);
  if (!parsed.success || checks.issues.length > 0) return undefined;
  const body = parsed.data;
  const given = new Set(Object.keys(checks.cells).filter((k) => checks.has(k)));
  return {
    naturalKey: `${body.unitId}|${body.tenantPersonId}|${body.startDate}`,
    keyColumn: 'startDate',
    write: (tx) => upsertLease(tx, env, body, given),
  };
}

/** A lease is the same lease when unit, tenant and start date agree. */
async function upsertLease(
  tx: ServiceContext,
  env: KindEnv,
  body: LeaseBody,
  given: ReadonlySet<string>,
): Promise<Outcome> {
  const { items } = await listLeases(tx, {
    propertyId: env.propertyId,
    unitId: body.unitId,
    tenantPersonId: body.tenantPersonId,
    page: 1,
    pageSize: 200,
  });
  const existing = items.find((l) => l.startDate === body.startDate);
  if (!existing) {
    await createLease(tx, env.deps, body);
    return 'created';
  }
  const patch: Omit<UpdateLeaseBody, 'version'> = {};
  if (existing.endDate !== body.endDate) patch.endDate = body.endDate;
  if (existing.rentFen !== body.rentFen) patch.rentFen = body.rentFen;
  if (given.has('deposit') && existing.depositFen !== body.depositFen) patch.depositFen = body.depositFen;
  if (given.has('note') && existing.note !== body.note) patch.note = body.note;
  if (Object.keys(patch).length === 0) return 'skipped';
  await updateLease(tx, env.deps, existing.id, { version: existing.version, ...patch });
  return 'updated';
}

export const leasesKind: DirectoryKind = {
  kind: 'leases',
  title: { zh: '租约清单', en: 'Leases' },
  columns,
  plan: checkedPlan(plan),
  exportRecords: listExport({
    filters: leaseListQuerySchema.omit({ page: true, pageSize: true }),
    list: listLeases,
    peopleOf: (l) => [l.tenantPersonId],
    toRows: (items, { contacts }) =>
      items.map((l) => {
        const c = contacts.get(l.tenantPersonId);
        return {
          unit: l.unitCode,
          tenantName: l.tenantName,
          tenantMobile: c?.mobile ?? '',
          tenantIdNumber: c?.idNumber ?? '',
          startDate: l.startDate,
          endDate: l.endDate,
          rent: yuan(l.rentFen),
          deposit: yuan(l.depositFen),
          status: LEASE_STATUS_LABELS[l.status],
          note: l.note,
        };
      }),
  }),
};
