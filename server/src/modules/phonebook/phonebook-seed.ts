import type { ServiceContext } from '../../platform/context.js';
import { insertPhonebookEntries, type CreatePhonebookEntryBody } from './phonebook.service.js';

type Line = Omit<CreatePhonebookEntryBody, 'propertyId'>;

const EXAMPLE = '示例号码，请替换为本项目实际号码 / Example number: replace with the real one.';

// Numbers every desk needs on day one. The national numbers are real; utilities and maintenance
// companies differ by city and contract, so their lines carry a placeholder and say so.
type ExternalLine = Pick<Line, 'category' | 'name' | 'nameEn' | 'phone'> & { note?: string };

const EXTERNAL: readonly ExternalLine[] = [
  { category: 'emergency', name: '火警', nameEn: 'Fire', phone: '119' },
  { category: 'emergency', name: '匪警', nameEn: 'Police', phone: '110' },
  { category: 'emergency', name: '急救', nameEn: 'Ambulance', phone: '120' },
  { category: 'emergency', name: '交通事故', nameEn: 'Traffic accidents', phone: '122' },
  { category: 'utility', name: '燃气抢修', nameEn: 'Gas emergency repair', phone: '96777', note: EXAMPLE },
  {
    category: 'utility',
    name: '供电',
    nameEn: 'Electricity',
    phone: '95598',
    note: '国家电网/南方电网服务热线，可替换为本地供电所 / Grid hotline; replace with the local office if preferred.',
  },
  { category: 'utility', name: '自来水', nameEn: 'Water supply', phone: '96116', note: EXAMPLE },
  {
    category: 'elevator',
    name: '电梯维保',
    nameEn: 'Elevator maintenance',
    phone: '400-000-0000',
    note: EXAMPLE,
  },
  {
    category: 'locksmith',
    name: '开锁',
    nameEn: 'Locksmith',
    phone: '400-000-0001',
    note: '示例号码：请换成在公安机关备案的开锁公司 / Example: use a locksmith registered with the police.',
  },
  { category: 'government', name: '政务服务便民热线', nameEn: 'Government service hotline', phone: '12345' },
];

const line = (l: Partial<Line> & Pick<Line, 'scope' | 'category' | 'name' | 'phone' | 'sort'>): Line => ({
  nameEn: '',
  extension: '',
  departmentId: null,
  onDuty: false,
  note: '',
  ...l,
});

/**
 * The phone book a new property starts with: the external numbers above and one internal line per
 * department (a placeholder extension to replace). Runs inside the property's creation, before
 * anyone is assigned to it, so it checks no scope.
 */
export async function seedStandardPhonebook(
  ctx: ServiceContext,
  propertyId: string,
  departments: readonly { id: string; name: string; nameEn: string }[],
) {
  const external = EXTERNAL.map((l, i) => line({ ...l, scope: 'external', sort: (i + 1) * 10 }));
  const internal = departments.map((d, i) =>
    line({
      scope: 'internal',
      category: 'department',
      name: d.name,
      nameEn: d.nameEn,
      phone: String(801 + i),
      departmentId: d.id,
      note: EXAMPLE,
      sort: (i + 1) * 10,
    }),
  );
  return insertPhonebookEntries(ctx, propertyId, [...external, ...internal]);
}
