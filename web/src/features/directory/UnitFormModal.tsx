import { Input, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import { createUnitBodySchema, UNIT_TYPES, updateUnitBodySchema, type Unit } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';
import { directoryApi } from './directory-api';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, NoteField } from '../common/form/fields';

interface Values {
  entrance: string | null;
  room: string;
  floor: number | null;
  areaSqm: number | null;
  type: Unit['type'];
  note: string;
}

const FIELDS = ['entrance', 'room', 'floor', 'areaSqm', 'type', 'note'];

/** Create a unit in a building, or edit one (its code, building-entrance-room, stays). */
export function UnitFormModal({
  open,
  buildingId,
  unit,
  onClose,
  onSaved,
}: {
  open: boolean;
  buildingId: string;
  unit: Unit | null;
  onClose(): void;
  onSaved(unit: Unit): void;
}) {
  const t = useT();
  const formFields = () => (
    <Row gutter={16}>
      <Field
        name="entrance"
        label={t('directory.unit.entrance')}
        extra={t('directory.unit.entranceHint')}
        rules={[zodRule(createUnitBodySchema.shape.entrance, t)]}
      >
        <Input maxLength={6} disabled={Boolean(unit)} autoFocus={!unit} />
      </Field>
      <Field
        name="room"
        label={t('directory.unit.room')}
        extra={t('directory.unit.roomHint')}
        rules={[
          { required: true, message: t('common.required', { field: t('directory.unit.room') }) },
          zodRule(createUnitBodySchema.shape.room, t),
        ]}
      >
        <Input maxLength={7} disabled={Boolean(unit)} />
      </Field>
      <Field name="floor" label={t('directory.unit.floor')}>
        <InputNumber min={-10} max={200} style={{ width: '100%' }} />
      </Field>
      <Field name="areaSqm" label={t('directory.unit.area')}>
        <InputNumber min={0} max={100000} step={0.01} suffix="㎡" style={{ width: '100%' }} />
      </Field>
      <Field name="type" label={t('directory.unit.type')}>
        <Select options={codeOptions(UNIT_TYPES, t, 'directory.unitType')} />
      </Field>
      <NoteField />
    </Row>
  );
  const shared = (v: Values) => ({
    floor: v.floor ?? null,
    areaSqm: v.areaSqm ?? null,
    type: v.type,
    note: v.note ?? '',
  });
  return (
    <CreateOrEditModal<
      Values,
      Unit,
      z.input<typeof createUnitBodySchema>,
      z.input<typeof updateUnitBodySchema>,
      Unit
    >
      open={open}
      onClose={onClose}
      record={unit}
      fields={FIELDS}
      conflictField="room"
      onSaved={onSaved}
      edit={(u) => ({
        title: t('directory.unit.editTitle', { code: u.code }),
        schema: updateUnitBodySchema,
        toValues: (fresh) => fresh,
        fetchFresh: () => directoryApi.unit(u.id),
        toBody: shared,
        save: (body) => directoryApi.updateUnit(u.id, body),
      })}
      create={{
        title: t('directory.unit.create'),
        initialValues: { type: 'residential', entrance: null, floor: null, areaSqm: null, note: '' },
        schema: createUnitBodySchema,
        toBody: (v) => ({ buildingId, entrance: v.entrance?.trim() || null, room: v.room, ...shared(v) }),
        save: (body) => directoryApi.createUnit(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
