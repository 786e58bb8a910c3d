import { Input, InputNumber, Row } from 'antd';
import { createBuildingBodySchema, updateBuildingBodySchema, type Building } from '@qiantai/contracts';
import type { z } from 'zod';
import { useT } from '../../app/i18n/locale-context';
import { directoryApi } from './directory-api';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { Field, NoteField, requiredRules } from '../common/form/fields';

interface Values {
  code: string;
  name: string;
  floors: number | null;
  note: string;
}

const FIELDS = ['code', 'name', 'floors', 'note'];

/** Create a building, or edit one (its code is fixed once units carry it). */
export function BuildingFormModal({
  open,
  propertyId,
  building,
  onClose,
  onSaved,
}: {
  open: boolean;
  propertyId: string;
  building: Building | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const rules = requiredRules(t);
  const formFields = () => (
    <Row gutter={16}>
      <Field
        name="code"
        label={t('directory.building.code')}
        extra={t('directory.building.codeHint')}
        rules={[rules.text(t('directory.building.code'))]}
      >
        <Input maxLength={6} disabled={Boolean(building)} autoFocus={!building} />
      </Field>
      <Field
        name="name"
        label={t('directory.building.name')}
        rules={[rules.text(t('directory.building.name'))]}
      >
        <Input maxLength={30} placeholder={t('directory.building.namePlaceholder')} />
      </Field>
      <Field name="floors" label={t('directory.building.floors')}>
        <InputNumber min={1} max={200} style={{ width: '100%' }} />
      </Field>
      <NoteField />
    </Row>
  );
  const shared = (v: Values) => ({ name: v.name, floors: v.floors ?? null, note: v.note ?? '' });
  return (
    <CreateOrEditModal<
      Values,
      Building,
      z.input<typeof createBuildingBodySchema>,
      z.input<typeof updateBuildingBodySchema>,
      Building
    >
      open={open}
      onClose={onClose}
      record={building}
      fields={FIELDS}
      conflictField="code"
      onSaved={onSaved}
      edit={(b) => ({
        title: t('directory.building.editTitle', { name: b.name }),
        schema: updateBuildingBodySchema,
        toValues: (fresh) => fresh,
        fetchFresh: async () => {
          const fresh = (await directoryApi.buildings(propertyId)).find((x) => x.id === b.id);
          if (!fresh) throw new Error('gone');
          return fresh;
        },
        toBody: shared,
        save: (body) => directoryApi.updateBuilding(b.id, body),
      })}
      create={{
        title: t('directory.building.create'),
        initialValues: { floors: null, note: '' },
        schema: createBuildingBodySchema,
        toBody: (v) => ({ propertyId, code: v.code, ...shared(v) }),
        save: (body) => directoryApi.createBuilding(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
