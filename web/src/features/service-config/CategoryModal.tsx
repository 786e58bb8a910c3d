import { Input, InputNumber, Row } from 'antd';
import type { z } from 'zod';
import {
  createServiceCategoryBodySchema,
  updateServiceCategoryBodySchema,
  type ServiceCategory,
  type ServiceKind,
} from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { useCurrentProperty } from '../../app/property/property-context';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { Field, requiredRules } from '../common/form/fields';
import { DepartmentSelect } from '../users/DepartmentSelect';
import { nameIn } from './config-format';
import { serviceConfigApi } from './service-config-api';

/** Editing a category, or adding one at the top of a kind or under a group. */
export type CategoryEdit =
  { category: ServiceCategory } | { parent: ServiceCategory | null; kind: ServiceKind };

type Values = { name: string; nameEn?: string; defaultDepartmentId?: string | null; sort?: number };
const FIELDS = ['name', 'nameEn', 'defaultDepartmentId', 'sort'];

export function CategoryModal({
  propertyId,
  editing,
  onClose,
  onSaved,
}: {
  propertyId: string;
  editing: CategoryEdit | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, locale } = useLocale();
  const { current } = useCurrentProperty();
  const required = requiredRules(t).text;
  const body = (v: Values) => ({
    name: v.name,
    nameEn: v.nameEn ?? '',
    defaultDepartmentId: v.defaultDepartmentId ?? null,
    sort: v.sort ?? 100,
  });
  const where =
    editing && 'kind' in editing
      ? editing.parent
        ? `${t(`service.kind.${editing.kind}`)} › ${nameIn(editing.parent, locale)}`
        : t(`service.kind.${editing.kind}`)
      : '';

  return (
    <CreateOrEditModal<
      Values,
      ServiceCategory,
      z.input<typeof createServiceCategoryBodySchema>,
      z.input<typeof updateServiceCategoryBodySchema>,
      ServiceCategory
    >
      open={editing !== null}
      onClose={onClose}
      record={editing && 'category' in editing ? editing.category : null}
      fields={FIELDS}
      conflictField="name"
      savedMessage={t('serviceConfig.saved')}
      onSaved={onSaved}
      edit={(c) => ({
        title: t('serviceConfig.category.editTitle'),
        schema: updateServiceCategoryBodySchema,
        toValues: (fresh) => fresh,
        toBody: body,
        save: (b) => serviceConfigApi.updateCategory(c.id, b),
      })}
      create={{
        title: t('serviceConfig.category.createTitle', { parent: where }),
        initialValues: { sort: 100, defaultDepartmentId: null },
        schema: createServiceCategoryBodySchema,
        toBody: (v) => ({
          propertyId,
          kind: editing && 'kind' in editing ? editing.kind : 'inquiry',
          parentId: editing && 'kind' in editing ? (editing.parent?.id ?? null) : null,
          ...body(v),
        }),
        save: (b) => serviceConfigApi.createCategory(b),
      }}
    >
      {() => (
        <Row gutter={16}>
          <Field
            name="name"
            label={t('serviceConfig.category.name')}
            rules={[required(t('serviceConfig.category.name'))]}
          >
            <Input maxLength={30} autoFocus />
          </Field>
          <Field name="nameEn" label={t('serviceConfig.category.nameEn')}>
            <Input maxLength={60} />
          </Field>
          <Field name="defaultDepartmentId" label={t('serviceConfig.category.department')}>
            <DepartmentSelect propertyIds={[propertyId]} properties={current ? [current] : []} />
          </Field>
          <Field name="sort" label={t('serviceConfig.sort')} extra={t('serviceConfig.sortHint')}>
            <InputNumber min={0} max={9999} style={{ width: '100%' }} />
          </Field>
        </Row>
      )}
    </CreateOrEditModal>
  );
}
