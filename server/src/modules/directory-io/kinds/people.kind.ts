import {
  createPersonBodySchema,
  maskPhone,
  personListQuerySchema,
  residentIdCheckChar,
  type CreatePersonBody,
  type Person,
  type UpdatePersonBody,
} from '@qiantai/contracts';
import type { ServiceContext } from '../../../platform/context.js';
import {
  countPeople,
  createPerson,
  findPersonByNameAndMobile,
  listPeople,
  listPeopleAfter,
  updatePerson,
  type PeopleCursor,
} from '../../people/index.js';
import { linkPersonToUnit, linksOfPeople } from '../../people/index.js';
import { todayAtProperty } from '../../properties/index.js';
import { GENDER_LABELS, ID_TYPE_LABELS, ROLE_LABELS } from '../choice-labels.js';
import { columnMapper, RowChecks } from './cell-checks.js';
import type { Column, DirectoryKind, KindEnv, Outcome, RowPlan } from './kind.js';
import { personByIdNumber, unitOfCell } from './references.js';
import { checkedPlan, listExport } from './kind-parts.js';

// A made-up number with a correct check digit, so the example row shows the real format.
const EXAMPLE_ID = `44030519900307123${residentIdCheckChar('44030519900307123')}`;

const columns: readonly Column[] = [
  {
    key: 'name',
    zh: '姓名',
    en: 'Name',
    required: true,
    example: '张伟',
    help: { zh: '必填，最多 40 字', en: 'Required, up to 40 characters' },
  },
  {
    key: 'gender',
    zh: '性别',
    en: 'Gender',
    choices: GENDER_LABELS,
    example: '男',
    help: { zh: '男 / 女 / 未知', en: 'Male / female / unknown' },
  },
  {
    key: 'mobile',
    zh: '手机',
    en: 'Mobile',
    personal: 'phone',
    example: '13812345678',
    help: { zh: '11 位中国大陆手机号', en: '11-digit mainland mobile' },
  },
  {
    key: 'otherPhones',
    zh: '其他电话',
    en: 'Other phones',
    personal: 'phone',
    example: '0755-86001234',
    help: { zh: '最多 5 个，用分号分隔', en: 'Up to 5, separated by semicolons' },
  },
  {
    key: 'idType',
    zh: '证件类型',
    en: 'ID type',
    choices: ID_TYPE_LABELS,
    example: '居民身份证',
    help: { zh: '填写证件号码时选择；空则按居民身份证', en: 'With an ID number; empty means resident ID' },
  },
  {
    key: 'idNumber',
    zh: '证件号码',
    en: 'ID number',
    personal: 'idNumber',
    example: EXAMPLE_ID,
    help: {
      zh: '身份证校验出生日期和校验位；加密保存',
      en: 'Resident IDs are checked (birth date, check digit); stored encrypted',
    },
  },
  {
    key: 'unit',
    zh: '房号',
    en: 'Unit',
    example: '3-2-1502',
    help: {
      zh: '已登记的房屋，如 3-2-1502 或 3栋2单元1502',
      en: 'An existing unit, e.g. 3-2-1502 or 3栋2单元1502',
    },
  },
  {
    key: 'role',
    zh: '身份',
    en: 'Role',
    choices: ROLE_LABELS,
    example: '业主',
    help: { zh: '与房号一起填写', en: 'Together with the unit' },
  },
  {
    key: 'from',
    zh: '入住日期',
    en: 'Since',
    example: '2020-05-01',
    help: { zh: '年-月-日，可空', en: 'YYYY-MM-DD, optional' },
  },
  {
    key: 'notes',
    zh: '备注',
    en: 'Notes',
    example: '',
    help: { zh: '最多 1000 字', en: 'Up to 1000 characters' },
  },
];

const columnOf = columnMapper(
  {
    name: 'name',
    gender: 'gender',
    mobile: 'mobile',
    otherPhones: 'otherPhones',
    idDocument: 'idNumber',
    'idDocument.idType': 'idType',
    notes: 'notes',
    'unitLink.from': 'from',
    'unitLink.role': 'role',
    unitLink: 'unit',
  },
  'name',
);

async function plan(ctx: ServiceContext, env: KindEnv, checks: RowChecks): Promise<RowPlan | undefined> {
  const role = checks.choice('role', ROLE_LABELS);
  if (checks.has('unit') !== checks.has('role'))
    checks.fail(checks.has('unit') ? 'role' : 'unit', 'directoryIo.unitAndRole');
  const unit = checks.has('unit') ? await unitOfCell(ctx, env, checks, 'unit') : undefined;
  const idType = checks.choice('idType', ID_TYPE_LABELS) ?? 'resident_id';
  const input = {
    propertyId: env.propertyId,
    name: checks.text('name'),
    gender: checks.choice('gender', GENDER_LABELS),
    mobile: checks.has('mobile') ? checks.text('mobile') : null,
    otherPhones: checks.list('otherPhones'),
    idDocument: checks.has('idNumber') ? { idType, idNumber: checks.text('idNumber') } : null,
    notes: checks.text('notes'),
    unitLink: unit && role ? { unitId: unit.id, role, from: checks.date('from') } : undefined,
  };
  const parsed = createPersonBodySchema.safeParse(input);
  if (!parsed.success) checks.schemaIssues(parsed.error, columnOf);
  if (!parsed.success || checks.issues.length > 0) return undefined;
  const body = parsed.data;
  const who = body.idDocument ? `id:${body.idDocument.idNumber}` : `name:${body.name}|${body.mobile ?? ''}`;
  return {
    naturalKey: `${who}|${body.unitLink?.unitId ?? ''}|${body.unitLink?.role ?? ''}`,
    keyColumn: body.idDocument ? 'idNumber' : 'name',
    write: (tx) =>
      upsertPerson(tx, env, body, new Set(Object.keys(checks.cells).filter((k) => checks.has(k)))),
  };
}

/** The person already on file: by ID number first, else by name and mobile. */
async function existingPerson(tx: ServiceContext, env: KindEnv, body: CreatePersonBody) {
  if (body.idDocument) {
    const byId = await personByIdNumber(tx, env, body.idDocument.idNumber);
    if (byId) return { person: byId, matchedBy: 'id' as const };
  }
  const byName = await findPersonByNameAndMobile(tx, env.propertyId, body.name, body.mobile);
  // Same name and mobile but another ID number on file: a different person.
  if (!byName || (body.idDocument && byName.idNumber)) return null;
  return { person: byName, matchedBy: 'mobile' as const };
}

/** Fields of the row that differ from the record; an empty cell leaves a field as it is. */
async function changesOf(
  tx: ServiceContext,
  env: KindEnv,
  body: CreatePersonBody,
  found: { person: Person; matchedBy: 'id' | 'mobile' },
  given: ReadonlySet<string>,
): Promise<Omit<UpdatePersonBody, 'version'>> {
  const { person } = found;
  const patch: Omit<UpdatePersonBody, 'version'> = {};
  if (person.name !== body.name) patch.name = body.name;
  if (given.has('gender') && person.gender !== body.gender) patch.gender = body.gender;
  if (body.mobile && found.matchedBy === 'id') {
    const same = await findPersonByNameAndMobile(tx, env.propertyId, person.name, body.mobile);
    if (same?.id !== person.id) patch.mobile = body.mobile;
  }
  // Stored phones are only seen masked here; a number with the same first 3 and last 4 digits counts as unchanged.
  const otherPhones = body.otherPhones.map((p) => maskPhone(p) ?? '');
  if (given.has('otherPhones') && otherPhones.join() !== person.otherPhones.join())
    patch.otherPhones = body.otherPhones;
  if (body.idDocument && (found.matchedBy === 'mobile' || person.idType !== body.idDocument.idType))
    patch.idDocument = body.idDocument;
  if (given.has('notes') && person.notes !== body.notes) patch.notes = body.notes;
  return patch;
}

async function upsertPerson(
  tx: ServiceContext,
  env: KindEnv,
  body: CreatePersonBody,
  given: ReadonlySet<string>,
): Promise<Outcome> {
  const found = await existingPerson(tx, env, body);
  if (!found) {
    await createPerson(tx, env.cipher, body);
    return 'created';
  }
  const patch = await changesOf(tx, env, body, found, given);
  let changed = Object.keys(patch).length > 0;
  if (changed)
    await updatePerson(tx, env.cipher, found.person.id, { version: found.person.version, ...patch });
  if (body.unitLink) {
    const link = body.unitLink;
    const today = await todayAtProperty(tx, env.propertyId);
    const links = await linksOfPeople(tx, [found.person.id]);
    const linked = links.some(
      (l) => l.unitId === link.unitId && l.role === link.role && (l.until === null || l.until >= today),
    );
    if (!linked) {
      await linkPersonToUnit(tx, found.person.id, { ...link, until: null });
      changed = true;
    }
  }
  return changed ? 'updated' : 'skipped';
}

export const peopleKind: DirectoryKind = {
  kind: 'people',
  title: { zh: '住户名单', en: 'People' },
  columns,
  plan: checkedPlan(plan),
  exportRecords: listExport({
    filters: personListQuerySchema.omit({ page: true, pageSize: true }),
    list: listPeople,
    // Residents run to tens of thousands: the same list walked by keyset, not by OFFSET pages.
    async *pages(ctx, filters, pageSize) {
      const total = await countPeople(ctx, filters);
      let after: PeopleCursor | null = null;
      do {
        const page = await listPeopleAfter(ctx, filters, after, pageSize);
        yield { items: page.items, total };
        after = page.next;
      } while (after);
    },
    peopleOf: (p) => [p.id],
    async toRows(items, { ctx, env, contacts }) {
      const today = await todayAtProperty(ctx, env.propertyId);
      return items.flatMap((p) => {
        const c = contacts.get(p.id);
        const person = {
          name: p.name,
          gender: GENDER_LABELS[p.gender],
          mobile: c?.mobile ?? '',
          otherPhones: c?.otherPhones ?? '',
          idType: p.idType ? ID_TYPE_LABELS[p.idType] : '',
          idNumber: c?.idNumber ?? '',
          notes: p.notes,
        };
        // One row per current residence, so the file imports again as the same links.
        const current = p.units.filter((l) => l.until === null || l.until >= today);
        if (current.length === 0) return [{ ...person, unit: '', role: '', from: '' }];
        return current.map((l) => ({
          ...person,
          unit: l.unitCode,
          role: ROLE_LABELS[l.role],
          from: l.from ?? '',
        }));
      });
    },
  }),
};
