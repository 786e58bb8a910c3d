import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
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
import { RecordFormModal } from '../directory/RecordFormModal';
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
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const formFields = () => (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="scope" label={t('phonebook.field.scope')}>
          <Select options={PHONEBOOK_SCOPES.map((s) => ({ value: s, label: t(`phonebook.scope.${s}`) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="category" label={t('phonebook.field.category')}>
          <Select
            options={PHONEBOOK_CATEGORIES.map((c) => ({ value: c, label: t(`phonebook.category.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="name"
          label={t('phonebook.field.name')}
          rules={[required(t('phonebook.field.name'))]}
        >
          <Input maxLength={50} autoFocus />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="nameEn" label={t('phonebook.field.nameEn')}>
          <Input maxLength={80} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="phone"
          label={t('phonebook.field.phone')}
          rules={[required(t('phonebook.field.phone')), zodRule(shape.phone, t)]}
        >
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="extension"
          label={t('phonebook.field.extension')}
          rules={[zodRule(shape.extension, t)]}
        >
          <Input maxLength={10} inputMode="numeric" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="departmentId" label={t('phonebook.field.department')}>
          <DepartmentSelect propertyIds={[propertyId]} properties={current ? [current] : []} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="onDuty" label={t('phonebook.onDuty')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="sort" label={t('phonebook.field.sort')} extra={t('phonebook.field.sortHint')}>
          <InputNumber min={0} max={9999} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="note" label={t('phonebook.field.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
  const common = {
    open,
    onClose,
    fields: FIELDS,
    width: 640,
    savedMessage: t('phonebook.saved'),
    onSaved: () => {
      onSaved();
      onClose();
    },
  };
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
  return entry ? (
    <RecordFormModal<Values, z.input<typeof updatePhonebookEntryBodySchema>, PhonebookEntry>
      {...common}
      title={t('phonebook.editTitle')}
      initialValues={entry}
      version={entry.version}
      schema={updatePhonebookEntryBodySchema}
      toBody={(v, version) => ({ version, ...body(v) })}
      save={(b) => phonebookApi.update(entry.id, b)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createPhonebookEntryBodySchema>, PhonebookEntry>
      {...common}
      title={t('phonebook.create')}
      initialValues={{
        scope: 'internal',
        category: 'department',
        onDuty: false,
        sort: 100,
        departmentId: null,
      }}
      schema={createPhonebookEntryBodySchema}
      toBody={(v) => ({ propertyId, ...body(v) })}
      save={(b) => phonebookApi.create(b)}
    >
      {formFields}
    </RecordFormModal>
  );
}
