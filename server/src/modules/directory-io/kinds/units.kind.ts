import {
  createBuildingBodySchema,
  createUnitBodySchema,
  parseUnitQuery,
  unitCode,
  unitListQuerySchema,
} from '@qiantai/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../../../platform/context.js';
import { buildingsOf, createBuilding } from '../../buildings/index.js';
import {
  createUnit,
  findUnitByCode,
  listUnits,
  updateUnit,
  type UpdateUnitBody,
} from '../../buildings/index.js';
import { UNIT_TYPE_LABELS } from '../choice-labels.js';
import { columnMapper, RowChecks } from './cell-checks.js';
import type { Column, DirectoryKind, KindEnv, Outcome, RowPlan } from './kind.js';
import { checkedPlan, listExport } from './kind-parts.js';

const columns: readonly Column[] = [
  {
    key: 'code',
    zh: '房号',
    en: 'Unit',
    required: true,
    example: '3-2-1502',
    help: {
      zh: '楼栋-单元-房号，如 3-2-1502；无单元的楼栋写 3-1502，也可写 3栋2单元1502',
      en: 'Building-entrance-room, e.g. 3-2-1502; 3-1502 without entrances; 3栋2单元1502 also works',
    },
  },
  {
    key: 'buildingName',
    zh: '楼栋名称',
    en: 'Building name',
    example: '3栋',
    help: {
      zh: '楼栋尚未登记时用此名称新建；空则为“编号+栋”',
      en: 'Names a building the import creates; empty means code + 栋',
    },
  },
  {
    key: 'floor',
    zh: '楼层',
    en: 'Floor',
    example: '15',
    help: { zh: '整数，地下层为负数', en: 'Whole number, negative below ground' },
  },
  {
    key: 'areaSqm',
    zh: '面积（㎡）',
    en: 'Area (sqm)',
    example: '89.5',
    help: { zh: '建筑面积，平方米', en: 'Floor area in square metres' },
  },
  {
    key: 'type',
    zh: '房屋类型',
    en: 'Unit type',
    choices: UNIT_TYPE_LABELS,
    example: '住宅',
    help: { zh: '空则为住宅', en: 'Empty means residential' },
  },
  {
    key: 'note',
    zh: '备注',
    en: 'Notes',
    example: '',
    help: { zh: '最多 500 字', en: 'Up to 500 characters' },
  },
];

type UnitBody = z.output<typeof createUnitBodySchema>;
type BuildingBody = z.output<typeof createBuildingBodySchema>;

const unitColumn = columnMapper(
  { entrance: 'code', room: 'code', floor: 'floor', areaSqm: 'areaSqm', type: 'type', note: 'note' },
  'code',
);
const buildingColumn = columnMapper({ code: 'code', name: 'buildingName' }, 'code');

function plan(env: KindEnv, checks: RowChecks): RowPlan | undefined {
  const parts = parseUnitQuery(checks.text('code'));
  if (!parts?.building) {
    checks.fail('code', 'validation.unitCode');
    return undefined;
  }
  const building = createBuildingBodySchema.safeParse({
    propertyId: env.propertyId,
    code: parts.building,
    name: checks.has('buildingName') ? checks.text('buildingName') : `${parts.building}栋`,
  });
  if (!building.success) checks.schemaIssues(building.error, buildingColumn);
  const unit = createUnitBodySchema.safeParse({
    buildingId: 'resolved-when-written',
    entrance: parts.entrance,
    room: parts.room,
    floor: checks.number('floor'),
    areaSqm: checks.number('areaSqm'),
    type: checks.choice('type', UNIT_TYPE_LABELS),
    note: checks.text('note'),
  });
  if (!unit.success) checks.schemaIssues(unit.error, unitColumn);
  if (!building.success || !unit.success || checks.issues.length > 0) return undefined;
  const given = new Set(Object.keys(checks.cells).filter((k) => checks.has(k)));
  return {
    naturalKey: unitCode(building.data.code, unit.data.entrance, unit.data.room),
    keyColumn: 'code',
    write: (tx) => upsertUnit(tx, env, building.data, unit.data, given),
  };
}

/** The unit by its code; its building is created first when the property has none of that code. */
async function upsertUnit(
  tx: ServiceContext,
  env: KindEnv,
  buildingBody: BuildingBody,
  body: UnitBody,
  given: ReadonlySet<string>,
): Promise<Outcome> {
  const existing = await findUnitByCode(
    tx,
    env.propertyId,
    unitCode(buildingBody.code, body.entrance, body.room),
  );
  if (!existing) {
    const buildings = await buildingsOf(tx, env.propertyId);
    const building =
      buildings.find((b) => b.code === buildingBody.code) ?? (await createBuilding(tx, buildingBody));
    await createUnit(tx, { ...body, buildingId: building.id });
    return 'created';
  }
  const patch: Omit<UpdateUnitBody, 'version'> = {};
  if (given.has('floor') && existing.floor !== body.floor) patch.floor = body.floor;
  if (given.has('areaSqm') && existing.areaSqm !== body.areaSqm) patch.areaSqm = body.areaSqm;
  if (given.has('type') && existing.type !== body.type) patch.type = body.type;
  if (given.has('note') && existing.note !== body.note) patch.note = body.note;
  if (Object.keys(patch).length === 0) return 'skipped';
  await updateUnit(tx, existing.id, { version: existing.version, ...patch });
  return 'updated';
}

export const unitsKind: DirectoryKind = {
  kind: 'units',
  title: { zh: '房屋清单', en: 'Units' },
  columns,
  plan: checkedPlan(async (_ctx, env, checks) => plan(env, checks)),
  exportRecords: listExport({
    filters: unitListQuerySchema.omit({ page: true, pageSize: true }),
    list: listUnits,
    async toRows(items, { ctx, env }) {
      const buildingNames = new Map((await buildingsOf(ctx, env.propertyId)).map((b) => [b.id, b.name]));
      return items.map((u) => ({
        code: u.code,
        buildingName: buildingNames.get(u.buildingId) ?? '',
        floor: u.floor === null ? '' : String(u.floor),
        areaSqm: u.areaSqm === null ? '' : String(u.areaSqm),
        type: UNIT_TYPE_LABELS[u.type],
        note: u.note,
      }));
    },
  }),
};
