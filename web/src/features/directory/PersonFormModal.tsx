import { Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { z } from 'zod';
import {
  createPersonBodySchema,
  GENDERS,
  ID_DOCUMENT_TYPES,
  idDocumentSchema,
  LOCALES,
  mobileSchema,
  PERSON_ROLES,
  updatePersonBodySchema,
  type IdDocumentType,
  type Person,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';
import { DateField } from '../common/DateField';
import { directoryApi } from './directory-api';
import type { PersonRole } from './directory-format';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, NoteField, requiredRules } from '../common/form/fields';
import { OnFileInput, OnFileNote, TagsInput } from './form/OnFileValue';
import { UnitSelect } from './RecordSelects';

interface Values {
  name: string;
  gender: Person['gender'];
  /** Empty keeps what is on file, null clears it (see OnFileValue). */
  mobile?: string | null;
  otherPhones?: string[] | null;
  idDocument?: { idType?: IdDocumentType; idNumber?: string | null };
  language: string;
  notes: string;
  unitLink?: { unitId?: string | null; role?: PersonRole; from?: string | null };
}

const FIELDS = [
  'name',
  'gender',
  'mobile',
  'otherPhones',
  'idDocument.idType',
  'idDocument.idNumber',
  'idDocument',
  'language',
  'notes',
  'unitLink.unitId',
  'unitLink.role',
  'unitLink.from',
];

const idDocumentOf = (v: Values) =>
  v.idDocument?.idNumber?.trim() && v.idDocument.idType
    ? { idType: v.idDocument.idType, idNumber: v.idDocument.idNumber }
    : null;
const phones = (v: Values) => v.otherPhones?.map((p) => p.trim()).filter(Boolean) ?? [];

/** What an edit sends for the personal data: only what was typed or cleared, so the rest stays. */
const personalDataChanges = (v: Values) => ({
  ...(v.mobile === null ? { mobile: null } : v.mobile?.trim() ? { mobile: v.mobile } : {}),
  ...(v.otherPhones === null ? { otherPhones: [] } : phones(v).length ? { otherPhones: phones(v) } : {}),
  ...(v.idDocument?.idNumber === null
    ? { idDocument: null }
    : idDocumentOf(v)
      ? { idDocument: idDocumentOf(v) }
      : {}),
});

/** The document type is cleared along with the number. */
function IdTypeSelect(props: { value?: IdDocumentType; onChange?(v?: IdDocumentType): void; id?: string }) {
  const t = useT();
  const cleared = Form.useWatch(['idDocument', 'idNumber'], Form.useFormInstance()) === null;
  return (
    <Select
      {...props}
      allowClear
      disabled={cleared}
      options={codeOptions(ID_DOCUMENT_TYPES, t, 'directory.idType')}
    />
  );
}

/**
 * Create a person (usually linked to a unit at once), or edit one. Phones and ID numbers are only ever
 * shown masked, so when editing they start empty: leaving them empty keeps what is on file, and "Clear"
 * removes it.
 */
export function PersonFormModal({
  open,
  propertyId,
  person,
  onClose,
  onSaved,
}: {
  open: boolean;
  propertyId: string;
  person: Person | null;
  onClose(): void;
  onSaved(person: Person): void;
}) {
  const t = useT();
  const rules = requiredRules(t);
  const note = (name: string | string[], current: string | null | undefined) =>
    person && current ? <OnFileNote name={name} onFile={current} /> : undefined;

  const formFields = () => (
    <Row gutter={16}>
      <Field
        name="name"
        label={t('directory.person.name')}
        rules={[rules.text(t('directory.person.name')), zodRule(createPersonBodySchema.shape.name, t)]}
      >
        <Input maxLength={40} autoFocus />
      </Field>
      <Field name="gender" label={t('directory.person.gender')}>
        <Radio.Group options={codeOptions(GENDERS, t, 'directory.gender')} />
      </Field>
      <Field
        name="mobile"
        label={t('directory.person.mobile')}
        extra={note('mobile', person?.mobile)}
        rules={[zodRule(mobileSchema, t)]}
      >
        <OnFileInput maxLength={20} inputMode="tel" placeholder="13812345678" />
      </Field>
      <Field
        name="otherPhones"
        label={t('directory.person.otherPhones')}
        extra={note('otherPhones', person?.otherPhones.join('、')) ?? t('directory.person.otherPhonesHint')}
        rules={[zodRule(createPersonBodySchema.shape.otherPhones, t)]}
      >
        <TagsInput />
      </Field>
      <Field
        name={['idDocument', 'idType']}
        label={t('directory.person.idType')}
        dependencies={[['idDocument', 'idNumber']]}
        rules={[
          ({ getFieldValue }) => ({
            required: Boolean(getFieldValue(['idDocument', 'idNumber'])),
            message: t('common.requiredChoice', { field: t('directory.person.idType') }),
          }),
        ]}
      >
        <IdTypeSelect />
      </Field>
      <Field
        name={['idDocument', 'idNumber']}
        label={t('directory.person.idNumber')}
        extra={note(['idDocument', 'idNumber'], person?.idNumber)}
        dependencies={[['idDocument', 'idType']]}
        rules={[
          ({ getFieldValue }) =>
            // Without a type there is nothing to check the number against; the type field says so.
            getFieldValue(['idDocument', 'idType'])
              ? zodRule(idDocumentSchema, t, (idNumber) => ({
                  idType: getFieldValue(['idDocument', 'idType']) as unknown,
                  idNumber,
                }))
              : {},
        ]}
      >
        <OnFileInput maxLength={30} />
      </Field>
      {!person && (
        <>
          <Col span={24}>
            <Typography.Text strong style={{ display: 'block', margin: '4px 0 12px' }}>
              {t('directory.person.linkSection')}
            </Typography.Text>
          </Col>
          <Field span={10} name={['unitLink', 'unitId']} label={t('directory.link.unit')}>
            <UnitSelect allowClear />
          </Field>
          <Field
            span={7}
            name={['unitLink', 'role']}
            label={t('directory.person.role')}
            dependencies={[['unitLink', 'unitId']]}
            rules={[
              ({ getFieldValue }) => ({
                required: Boolean(getFieldValue(['unitLink', 'unitId'])),
                message: t('common.requiredChoice', { field: t('directory.person.role') }),
              }),
            ]}
          >
            <Select options={codeOptions(PERSON_ROLES, t, 'directory.role')} />
          </Field>
          <Field span={7} name={['unitLink', 'from']} label={t('directory.link.from')}>
            <DateField />
          </Field>
        </>
      )}
      <Field name="language" label={t('directory.person.language')}>
        <Select options={codeOptions(LOCALES, t, 'lang')} />
      </Field>
      <NoteField name="notes" label={t('directory.person.notes')} maxLength={1000} maxRows={5} />
    </Row>
  );

  return (
    <CreateOrEditModal<
      Values,
      Person,
      z.input<typeof createPersonBodySchema>,
      z.input<typeof updatePersonBodySchema>,
      Person
    >
      open={open}
      onClose={onClose}
      record={person}
      fields={FIELDS}
      conflictField="idDocument.idNumber"
      width={720}
      onSaved={onSaved}
      edit={(p) => ({
        title: t('directory.person.editTitle', { name: p.name }),
        schema: updatePersonBodySchema,
        toValues: (fresh) => ({
          name: fresh.name,
          gender: fresh.gender,
          language: fresh.language,
          notes: fresh.notes,
          idDocument: { idType: fresh.idType ?? undefined },
        }),
        fetchFresh: () => directoryApi.person(p.id),
        toBody: (v) => ({
          name: v.name,
          gender: v.gender,
          language: v.language,
          notes: v.notes ?? '',
          ...personalDataChanges(v),
        }),
        save: (body) => directoryApi.updatePerson(p.id, body),
      })}
      create={{
        title: t('directory.person.create'),
        initialValues: {
          gender: 'unknown',
          language: 'zh-CN',
          notes: '',
          idDocument: { idType: 'resident_id' },
          unitLink: { role: 'owner' },
        },
        schema: createPersonBodySchema,
        toBody: (v) => ({
          propertyId,
          name: v.name,
          gender: v.gender,
          mobile: v.mobile?.trim() || null,
          otherPhones: phones(v),
          idDocument: idDocumentOf(v),
          language: v.language,
          notes: v.notes ?? '',
          ...(v.unitLink?.unitId && v.unitLink.role
            ? {
                unitLink: { unitId: v.unitLink.unitId, role: v.unitLink.role, from: v.unitLink.from ?? null },
              }
            : {}),
        }),
        save: (body) => directoryApi.createPerson(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
