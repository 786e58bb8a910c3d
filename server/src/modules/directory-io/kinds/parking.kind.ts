import { createParkingSpaceBodySchema, parkingListQuerySchema } from '@qiantai/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import {
  createParkingSpace,
  findParkingSpaceByNumber,
  listParkingSpaces,
  updateParkingSpace,
  type UpdateParkingSpaceBody,
} from '../../parking/index.js';
import { PARKING_STATUS_LABELS, PARKING_TYPE_LABELS } from '../choice-labels.js';
import { columnMapper, RowChecks } from './cell-checks.js';
import type { Column, DirectoryKind, KindEnv, Outcome, RowPlan } from './kind.js';
import { personOfCells } from './references.js';
import { checkedPlan, listExport } from './kind-parts.js';

const columns: readonly Column[] = [
  {
    key: 'number',
    zh: '车位编号',
    en: 'Space number',
    required: true,
    example: 'B2-017',
    help: { zh: '最多 20 字，不区分大小写', en: 'Up to 20 characters, case-insensitive' },
  },
  {
    key: 'zone',
    zh: '区域',
    en: 'Zone',
    example: '地下二层',
    help: { zh: '最多 30 字', en: 'Up to 30 characters' },
  },
  {
    key: 'type',
    zh: '车位类型',
    en: 'Space type',
    required: true,
    choices: PARKING_TYPE_LABELS,
    example: '产权',
    help: { zh: '产权 / 租用 / 访客 / 预留', en: 'Owned / rented / visitor / reserved' },
  },
  {
    key: 'status',
    zh: '状态',
    en: 'Status',
    choices: PARKING_STATUS_LABELS,
    example: '占用',
    help: { zh: '空则为空闲', en: 'Empty means vacant' },
  },
  {
    key: 'holderName',
    zh: '持有人姓名',
    en: 'Holder name',
    example: '张伟',
    help: { zh: '已登记的住户；与持有人手机一起填写', en: 'A person on file, with the holder’s mobile' },
  },
  {
    key: 'holderMobile',
    zh: '持有人手机',
    en: 'Holder mobile',
    personal: 'phone',
    example: '13812345678',
    help: { zh: '与持有人姓名一起确定持有人', en: 'With the name, identifies the holder' },
  },
  {
    key: 'holderIdNumber',
    zh: '持有人证件号码',
    en: 'Holder ID number',
    personal: 'idNumber',
    example: '',
    help: { zh: '可代替姓名和手机确定持有人', en: 'Identifies the holder instead of name and mobile' },
  },
  {
    key: 'plates',
    zh: '车牌',
    en: 'Plates',
    example: '粤B12345',
    help: { zh: '最多 3 个，用分号分隔', en: 'Up to 3, separated by semicolons' },
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Notes',
    example: '',
    help: { zh: '最多 500 字', en: 'Up to 500 characters' },
  },
];

type ParkingBody = z.output<typeof createParkingSpaceBodySchema>;
const holder = { name: 'holderName', mobile: 'holderMobile', idNumber: 'holderIdNumber' };
const columnOf = columnMapper(
  {
    number: 'number',
    zone: 'zone',
    type: 'type',
    status: 'status',
    holderPersonId: 'holderName',
    plates: 'plates',
    note: 'note',
  },
  'number',
);

async function plan(ctx: ServiceContext, env: KindEnv, checks: RowChecks): Promise<RowPlan | undefined> {
  const person = await personOfCells(ctx, env, checks, holder);
  const parsed = createParkingSpaceBodySchema.safeParse({
    propertyId: env.propertyId,
    number: checks.text('number'),
    zone: checks.text('zone'),
    type: checks.choice('type', PARKING_TYPE_LABELS),
    status: checks.choice('status', PARKING_STATUS_LABELS),
    holderPersonId: person?.id ?? null,
    plates: checks.list('plates'),
    note: checks.text('note'),
  });
  if (!parsed.success) checks.schemaIssues(parsed.error, columnOf);
  if (!parsed.success || checks.issues.length > 0) return undefined;
  const given = new Set(Object.keys(checks.cells).filter((k) => checks.has(k)));
  return {
    naturalKey: parsed.data.number.toUpperCase(),
    keyColumn: 'number',
    write: (tx) => upsertSpace(tx, env, parsed.data, given),
  };
}

async function upsertSpace(
  tx: ServiceContext,
  env: KindEnv,
  body: ParkingBody,
  given: ReadonlySet<string>,
): Promise<Outcome> {
  const existing = await findParkingSpaceByNumber(tx, env.propertyId, body.number);
  if (!existing) {
    await createParkingSpace(tx, body);
    return 'created';
  }
  const patch: Omit<UpdateParkingSpaceBody, 'version'> = {};
  if (given.has('zone') && existing.zone !== body.zone) patch.zone = body.zone;
  if (existing.type !== body.type) patch.type = body.type;
  if (given.has('status') && existing.status !== body.status) patch.status = body.status;
  if (body.holderPersonId && existing.holderPersonId !== body.holderPersonId)
    patch.holderPersonId = body.holderPersonId;
  const plates = [...new Set(body.plates)];
  if (given.has('plates') && plates.join() !== existing.plates.join()) patch.plates = plates;
  if (given.has('note') && existing.note !== body.note) patch.note = body.note;
  if (Object.keys(patch).length === 0) return 'skipped';
  await updateParkingSpace(tx, existing.id, { version: existing.version, ...patch });
  return 'updated';
}

export const parkingKind: DirectoryKind = {
  kind: 'parking',
  title: { zh: '车位清单', en: 'Parking spaces' },
  columns,
  plan: checkedPlan(plan),
  exportRecords: listExport({
    filters: parkingListQuerySchema.omit({ page: true, pageSize: true }),
    list: listParkingSpaces,
    peopleOf: (s) => [s.holderPersonId],
    toRows: (items, { contacts }) =>
      items.map((s) => {
        const c = s.holderPersonId ? contacts.get(s.holderPersonId) : undefined;
        return {
          number: s.number,
          zone: s.zone,
          type: PARKING_TYPE_LABELS[s.type],
          status: PARKING_STATUS_LABELS[s.status],
          holderName: s.holderName ?? '',
          holderMobile: c?.mobile ?? '',
          holderIdNumber: c?.idNumber ?? '',
          plates: s.plates.join('; '),
          note: s.note,
        };
      }),
  }),
};
