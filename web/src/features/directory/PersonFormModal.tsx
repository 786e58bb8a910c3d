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
import { DateField } from './DateField';
import { directoryApi } from './directory-api';
import type { PersonRole } from './directory-format';
import { UnitSelect } from './RecordSelects';
import { RecordFormModal } from './RecordFormModal';

interface Values {
  name: string;
  gender: Person['gender'];
  mobile?: string;
  otherPhones?: string[];
  idDocument?: { idType?: IdDocumentType; idNumber?: string };
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

/**
 * Create a person (usually linked to a unit at once), or edit one. Phones and ID numbers are only ever
 * shown masked, so when editing they start empty: leaving them empty keeps what is on file.
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
  const keep = (current: string | null | undefined) =>
    person && current ? t('directory.person.keepMasked', { value: current }) : undefined;

  const formFields = () => (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="name"
          label={t('directory.person.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('directory.person.name') }),
            },
            zodRule(createPersonBodySchema.shape.name, t),
          ]}
        >
          <Input maxLength={40} autoFocus />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="gender" label={t('directory.person.gender')}>
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: t(`directory.gender.${g}`) }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="mobile"
          label={t('directory.person.mobile')}
          extra={keep(person?.mobile)}
          rules={[zodRule(mobileSchema, t)]}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="off" placeholder="13812345678" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="otherPhones"
          label={t('directory.person.otherPhones')}
          extra={
            person?.otherPhones.length
              ? keep(person.otherPhones.join('、'))
              : t('directory.person.otherPhonesHint')
          }
          rules={[zodRule(createPersonBodySchema.shape.otherPhones, t)]}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
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
          <Select
            allowClear
            options={ID_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`directory.idType.${d}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name={['idDocument', 'idNumber']}
          label={t('directory.person.idNumber')}
          extra={keep(person?.idNumber)}
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
          <Input maxLength={30} autoComplete="off" />
        </Form.Item>
      </Col>
      {!person && (
        <>
          <Col span={24}>
            <Typography.Text strong style={{ display: 'block', margin: '4px 0 12px' }}>
              {t('directory.person.linkSection')}
            </Typography.Text>
          </Col>
          <Col span={10}>
            <Form.Item name={['unitLink', 'unitId']} label={t('directory.link.unit')}>
              <UnitSelect allowClear />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
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
              <Select options={PERSON_ROLES.map((r) => ({ value: r, label: t(`directory.role.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name={['unitLink', 'from']} label={t('directory.link.from')}>
              <DateField />
            </Form.Item>
          </Col>
        </>
      )}
      <Col span={12}>
        <Form.Item name="language" label={t('directory.person.language')}>
          <Select options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('directory.person.notes')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Col>
    </Row>
  );

  const common = {
    open,
    onClose,
    fields: FIELDS,
    conflictField: 'idDocument.idNumber',
    width: 720,
    savedMessage: t('directory.saved'),
    onSaved: (saved: Person) => {
      onSaved(saved);
      onClose();
    },
  };
  const phones = (v: Values) => v.otherPhones?.map((p) => p.trim()).filter(Boolean) ?? [];

  return person ? (
    <RecordFormModal<Values, z.input<typeof updatePersonBodySchema>, Person>
      {...common}
      title={t('directory.person.editTitle', { name: person.name })}
      initialValues={{
        name: person.name,
        gender: person.gender,
        language: person.language,
        notes: person.notes,
        idDocument: { idType: person.idType ?? undefined },
      }}
      schema={updatePersonBodySchema}
      version={person.version}
      toBody={(v, version) => ({
        version,
        name: v.name,
        gender: v.gender,
        language: v.language,
        notes: v.notes ?? '',
        ...(v.mobile?.trim() ? { mobile: v.mobile } : {}),
        ...(phones(v).length ? { otherPhones: phones(v) } : {}),
        ...(idDocumentOf(v) ? { idDocument: idDocumentOf(v) } : {}),
      })}
      save={(body) => directoryApi.updatePerson(person.id, body)}
      reload={async () => {
        const fresh = await directoryApi.person(person.id);
        return {
          values: { name: fresh.name, gender: fresh.gender, language: fresh.language, notes: fresh.notes },
          version: fresh.version,
        };
      }}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createPersonBodySchema>, Person>
      {...common}
      title={t('directory.person.create')}
      initialValues={{
        gender: 'unknown',
        language: 'zh-CN',
        notes: '',
        idDocument: { idType: 'resident_id' },
        unitLink: { role: 'owner' },
      }}
      schema={createPersonBodySchema}
      toBody={(v) => ({
        propertyId,
        name: v.name,
        gender: v.gender,
        mobile: v.mobile?.trim() || null,
        otherPhones: phones(v),
        idDocument: idDocumentOf(v),
        language: v.language,
        notes: v.notes ?? '',
        ...(v.unitLink?.unitId && v.unitLink.role
          ? { unitLink: { unitId: v.unitLink.unitId, role: v.unitLink.role, from: v.unitLink.from ?? null } }
          : {}),
      })}
      save={(body) => directoryApi.createPerson(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
