import { Input, InputNumber, Row, Select, Switch } from 'antd';
import type { z } from 'zod';
import {
  createPhonebookEntryBodySchema,
  PHONEBOOK_CATEGORIES,
  PHONEBOOK_SCOPES,
  updatePhonebookEntryBodySchema,
  type PhonebookEntry,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { useCurrentProperty } from '../../app/property/property-context';
import { zodRule } from '../../lib/zod-rules';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, requiredRules } from '../common/form/fields';
import { DepartmentSelect } from '../users/DepartmentSelect';
import { phonebookApi } from './phonebook-api';

type Values = Omit<PhonebookEntry, 'id' | 'propertyId' | 'version'>;
const FIELDS = [
  'scope',
  'category',
  'name',
  'nameEn',
  'phone',
  'extension',
  'departmentId',
  'onDuty',
  'note',
  'sort',
];
const shape = createPhonebookEntryBodySchema.shape;

export function PhonebookEntryModal({
  open,
  propertyId,
  entry,
  onClose,
  onSaved,
}: {
  open: boolean;
  propertyId: string;
  entry: PhonebookEntry | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const { current } = useCurrentProperty();
  const required = requiredRules(t).text;
  const formFields = () => (
    <Row gutter={16}>
      <Field name="scope" label={t('phonebook.field.scope')}>
        <Select options={codeOptions(PHONEBOOK_SCOPES, t, 'phonebook.scope')} />
      </Field>
      <Field name="category" label={t('phonebook.field.category')}>
        <Select options={codeOptions(PHONEBOOK_CATEGORIES, t, 'phonebook.category')} />
      </Field>
      <Field name="name" label={t('phonebook.field.name')} rules={[required(t('phonebook.field.name'))]}>
        <Input maxLength={50} autoFocus />
      </Field>
      <Field name="nameEn" label={t('phonebook.field.nameEn')}>
        <Input maxLength={80} />
      </Field>
      <Field
        name="phone"
        label={t('phonebook.field.phone')}
        rules={[required(t('phonebook.field.phone')), zodRule(shape.phone, t)]}
      >
        <Input maxLength={30} inputMode="tel" />
      </Field>
      <Field name="extension" label={t('phonebook.field.extension')} rules={[zodRule(shape.extension, t)]}>
        <Input maxLength={10} inputMode="numeric" />
      </Field>
      <Field name="departmentId" label={t('phonebook.field.department')}>
        <DepartmentSelect propertyIds={[propertyId]} properties={current ? [current] : []} />
      </Field>
      <Field span={6} name="onDuty" label={t('phonebook.onDuty')} valuePropName="checked">
        <Switch />
      </Field>
      <Field span={6} name="sort" label={t('phonebook.field.sort')} extra={t('phonebook.field.sortHint')}>
        <InputNumber min={0} max={9999} style={{ width: '100%' }} />
      </Field>
      <Field span={24} name="note" label={t('phonebook.field.note')}>
        <Input maxLength={200} />
      </Field>
    </Row>
  );
  const body = (v: Values) => ({
    scope: v.scope,
    category: v.category,
    name: v.name,
    nameEn: v.nameEn ?? '',
    phone: v.phone,
    extension: v.extension ?? '',
    departmentId: v.departmentId ?? null,
    onDuty: Boolean(v.onDuty),
    note: v.note ?? '',
    sort: v.sort ?? 100,
  });
  return (
    <CreateOrEditModal<
      Values,
      PhonebookEntry,
      z.input<typeof createPhonebookEntryBodySchema>,
      z.input<typeof updatePhonebookEntryBodySchema>,
      PhonebookEntry
    >
      open={open}
      onClose={onClose}
      record={entry}
      fields={FIELDS}
      width={640}
      savedMessage={t('phonebook.saved')}
      onSaved={onSaved}
      edit={(e) => ({
        title: t('phonebook.editTitle'),
        schema: updatePhonebookEntryBodySchema,
        toValues: (fresh) => fresh,
        toBody: body,
        save: (b) => phonebookApi.update(e.id, b),
      })}
      create={{
        title: t('phonebook.create'),
        initialValues: {
          scope: 'internal',
          category: 'department',
          onDuty: false,
          sort: 100,
          departmentId: null,
        },
        schema: createPhonebookEntryBodySchema,
        toBody: (v) => ({ propertyId, ...body(v) }),
        save: (b) => phonebookApi.create(b),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
