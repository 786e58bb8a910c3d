import { Alert, Form, Input, Row, Select, Switch, TreeSelect } from 'antd';
import type { z } from 'zod';
import {
  createSlaPolicyBodySchema,
  SERVICE_KINDS,
  SERVICE_SEVERITIES,
  severityAllowed,
  updateSlaPolicyBodySchema,
  type ServiceCategory,
  type ServiceKind,
  type ServiceSeverity,
  type SlaPolicy,
} from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { Field, requiredRules } from '../common/form/fields';
import { nameIn } from './config-format';
import { DurationInput } from './DurationInput';
import { serviceConfigApi } from './service-config-api';

type Values = {
  kind: ServiceKind;
  severity: ServiceSeverity;
  categoryId?: string | null;
  name?: string;
  nameEn?: string;
  respondMinutes: number;
  resolveMinutes: number;
  businessHours?: boolean;
};
const FIELDS = [
  'kind',
  'severity',
  'categoryId',
  'name',
  'nameEn',
  'respondMinutes',
  'resolveMinutes',
  'businessHours',
];

/** Adds a deadline for a kind × severity (× category), or changes its durations and counting. */
export function SlaPolicyModal({
  propertyId,
  editing,
  categories,
  onClose,
  onSaved,
}: {
  propertyId: string;
  editing: SlaPolicy | 'new' | null;
  categories: ServiceCategory[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, locale } = useLocale();
  const choice = requiredRules(t).choice;
  const isEdit = editing !== null && editing !== 'new';
  const treeOf = (kind: ServiceKind | undefined, parentId: string | null): object[] =>
    categories
      .filter((c) => c.kind === kind && c.parentId === parentId && c.active)
      .sort((a, b) => a.sort - b.sort)
      .map((c) => ({ value: c.id, title: nameIn(c, locale), children: treeOf(kind, c.id) }));
  const body = (v: Values) => ({
    name: v.name ?? '',
    nameEn: v.nameEn ?? '',
    respondMinutes: v.respondMinutes,
    resolveMinutes: v.resolveMinutes,
    businessHours: Boolean(v.businessHours),
  });

  return (
    <CreateOrEditModal<
      Values,
      SlaPolicy,
      z.input<typeof createSlaPolicyBodySchema>,
      z.input<typeof updateSlaPolicyBodySchema>,
      SlaPolicy
    >
      open={editing !== null}
      onClose={onClose}
      record={isEdit ? editing : null}
      fields={FIELDS}
      conflictField="severity"
      width={640}
      savedMessage={t('serviceConfig.saved')}
      onSaved={onSaved}
      edit={(p) => ({
        title: t('serviceConfig.sla.editTitle'),
        schema: updateSlaPolicyBodySchema,
        toValues: (fresh) => fresh,
        toBody: body,
        save: (b) => serviceConfigApi.updatePolicy(p.id, b),
      })}
      create={{
        title: t('serviceConfig.sla.add'),
        initialValues: { kind: 'repair', severity: 'general', categoryId: null, businessHours: false },
        schema: createSlaPolicyBodySchema,
        toBody: (v) => ({
          propertyId,
          kind: v.kind,
          severity: v.severity,
          categoryId: v.categoryId ?? null,
          ...body(v),
        }),
        save: (b) => serviceConfigApi.createPolicy(b),
      }}
    >
      {() => <KeyAndDurations isEdit={isEdit} treeOf={treeOf} required={choice} />}
    </CreateOrEditModal>
  );
}

/** The form's fields; a component of its own so it may watch the kind (hooks need a component). */
function KeyAndDurations({
  isEdit,
  treeOf,
  required,
}: {
  isEdit: boolean;
  treeOf(kind: ServiceKind | undefined, parentId: string | null): object[];
  required(field: string): object;
}) {
  const { t } = useLocale();
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch('kind', form);
  const onKindChange = () => form.setFieldsValue({ categoryId: null, severity: 'general' });
  // A number, not a text: "required" without the blank-text check.
  const entered = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Row gutter={16}>
      {isEdit && (
        <Alert
          type="info"
          showIcon
          title={t('serviceConfig.sla.fixedKey')}
          style={{ margin: '0 8px 16px' }}
        />
      )}
      <Field name="kind" label={t('serviceConfig.sla.kind')} rules={[required(t('serviceConfig.sla.kind'))]}>
        <Select
          disabled={isEdit}
          onChange={onKindChange}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`service.kind.${k}`) }))}
        />
      </Field>
      <Field
        name="severity"
        label={t('serviceConfig.sla.severity')}
        rules={[required(t('serviceConfig.sla.severity'))]}
      >
        <Select
          disabled={isEdit}
          options={SERVICE_SEVERITIES.filter((s) => !kind || severityAllowed(kind, s)).map((s) => ({
            value: s,
            label: t(`service.severity.${s}`),
          }))}
        />
      </Field>
      <Field span={24} name="categoryId" label={t('serviceConfig.sla.category')}>
        <TreeSelect
          disabled={isEdit}
          allowClear
          treeDefaultExpandAll
          placeholder={t('serviceConfig.sla.allCategories')}
          treeData={treeOf(kind, null)}
        />
      </Field>
      <Field
        name="respondMinutes"
        label={t('serviceConfig.sla.respond')}
        rules={[entered(t('serviceConfig.sla.respond'))]}
      >
        <DurationInput />
      </Field>
      <Field
        name="resolveMinutes"
        label={t('serviceConfig.sla.resolve')}
        rules={[entered(t('serviceConfig.sla.resolve'))]}
      >
        <DurationInput />
      </Field>
      <Field
        span={24}
        name="businessHours"
        label={t('serviceConfig.sla.clock')}
        valuePropName="checked"
        extra={t('serviceConfig.sla.businessHoursHint')}
      >
        <Switch
          checkedChildren={t('serviceConfig.sla.businessHours')}
          unCheckedChildren={t('serviceConfig.sla.wallClock')}
        />
      </Field>
      <Field name="name" label={t('serviceConfig.sla.name')}>
        <Input maxLength={50} />
      </Field>
      <Field name="nameEn" label={t('serviceConfig.sla.nameEn')}>
        <Input maxLength={80} />
      </Field>
    </Row>
  );
}
