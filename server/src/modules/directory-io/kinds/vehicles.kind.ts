import { createVehicleBodySchema, vehicleListQuerySchema } from '@qiantai/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import {
  createVehicle,
  findVehicleByPlate,
  listVehicles,
  updateVehicle,
  type UpdateVehicleBody,
} from '../../vehicles/index.js';
import { columnMapper, RowChecks } from './cell-checks.js';
import type { Column, DirectoryKind, KindEnv, Outcome, RowPlan } from './kind.js';
import { personOfCells } from './references.js';
import { checkedPlan, listExport } from './kind-parts.js';

const columns: readonly Column[] = [
  {
    key: 'plate',
    zh: '车牌',
    en: 'Plate',
    required: true,
    example: '粤B12345',
    help: { zh: '如 粤B12345，新能源 粤BD12345', en: 'e.g. 粤B12345, new-energy 粤BD12345' },
  },
  {
    key: 'model',
    zh: '品牌型号',
    en: 'Model',
    example: '比亚迪 汉',
    help: { zh: '最多 40 字', en: 'Up to 40 characters' },
  },
  {
    key: 'colour',
    zh: '颜色',
    en: 'Colour',
    example: '白',
    help: { zh: '最多 20 字', en: 'Up to 20 characters' },
  },
  {
    key: 'ownerName',
    zh: '车主姓名',
    en: 'Owner name',
    example: '张伟',
    help: { zh: '已登记的住户；与车主手机一起填写', en: 'A person on file, with the owner’s mobile' },
  },
  {
    key: 'ownerMobile',
    zh: '车主手机',
    en: 'Owner mobile',
    personal: 'phone',
    example: '13812345678',
    help: { zh: '与车主姓名一起确定车主', en: 'With the name, identifies the owner' },
  },
  {
    key: 'ownerIdNumber',
    zh: '车主证件号码',
    en: 'Owner ID number',
    personal: 'idNumber',
    example: '',
    help: { zh: '可代替姓名和手机确定车主', en: 'Identifies the owner instead of name and mobile' },
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Notes',
    example: '',
    help: { zh: '最多 500 字', en: 'Up to 500 characters' },
  },
];

type VehicleBody = z.output<typeof createVehicleBodySchema>;
const owner = { name: 'ownerName', mobile: 'ownerMobile', idNumber: 'ownerIdNumber' };
const columnOf = columnMapper(
  { plate: 'plate', model: 'model', colour: 'colour', personId: 'ownerName', note: 'note' },
  'plate',
);

async function plan(ctx: ServiceContext, env: KindEnv, checks: RowChecks): Promise<RowPlan | undefined> {
  const person = await personOfCells(ctx, env, checks, owner);
  const parsed = createVehicleBodySchema.safeParse({
    propertyId: env.propertyId,
    plate: checks.text('plate'),
    model: checks.text('model'),
    colour: checks.text('colour'),
    personId: person?.id ?? null,
    note: checks.text('note'),
  });
  if (!parsed.success) checks.schemaIssues(parsed.error, columnOf);
  if (!parsed.success || checks.issues.length > 0) return undefined;
  const given = new Set(Object.keys(checks.cells).filter((k) => checks.has(k)));
  return {
    naturalKey: parsed.data.plate,
    keyColumn: 'plate',
    write: (tx) => upsertVehicle(tx, env, parsed.data, given),
  };
}

async function upsertVehicle(
  tx: ServiceContext,
  env: KindEnv,
  body: VehicleBody,
  given: ReadonlySet<string>,
): Promise<Outcome> {
  const existing = await findVehicleByPlate(tx, env.propertyId, body.plate);
  if (!existing) {
    await createVehicle(tx, body);
    return 'created';
  }
  const patch: Omit<UpdateVehicleBody, 'version'> = {};
  if (given.has('model') && existing.model !== body.model) patch.model = body.model;
  if (given.has('colour') && existing.colour !== body.colour) patch.colour = body.colour;
  if (body.personId && existing.personId !== body.personId) patch.personId = body.personId;
  if (given.has('note') && existing.note !== body.note) patch.note = body.note;
  if (Object.keys(patch).length === 0) return 'skipped';
  await updateVehicle(tx, existing.id, { version: existing.version, ...patch });
  return 'updated';
}

export const vehiclesKind: DirectoryKind = {
  kind: 'vehicles',
  title: { zh: '车辆清单', en: 'Vehicles' },
  columns,
  plan: checkedPlan(plan),
  exportRecords: listExport({
    filters: vehicleListQuerySchema.omit({ page: true, pageSize: true }),
    list: listVehicles,
    peopleOf: (v) => [v.personId],
    toRows: (items, { contacts }) =>
      items.map((v) => {
        const c = v.personId ? contacts.get(v.personId) : undefined;
        return {
          plate: v.plate,
          model: v.model,
          colour: v.colour,
          ownerName: v.personName ?? '',
          ownerMobile: c?.mobile ?? '',
          ownerIdNumber: c?.idNumber ?? '',
          note: v.note,
        };
      }),
  }),
};
