import { Input, Row } from 'antd';
import type { z } from 'zod';
import {
  createVehicleBodySchema,
  plateSchema,
  updateVehicleBodySchema,
  type Vehicle,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';
import { directoryApi } from './directory-api';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { Field, NoteField, requiredRules } from '../common/form/fields';
import { PersonSelect } from './RecordSelects';

interface Values {
  plate: string;
  personId: string | null;
  model: string;
  colour: string;
  note: string;
}

const FIELDS = ['plate', 'personId', 'model', 'colour', 'note'];

export function VehicleFormModal({
  open,
  propertyId,
  vehicle,
  onClose,
  onSaved,
}: {
  open: boolean;
  propertyId: string;
  vehicle: Vehicle | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const formFields = () => (
    <Row gutter={16}>
      <Field
        name="plate"
        label={t('directory.vehicle.plate')}
        extra={vehicle ? undefined : t('directory.vehicle.plateHint')}
        rules={[requiredRules(t).text(t('directory.vehicle.plate')), zodRule(plateSchema, t)]}
      >
        <Input maxLength={12} disabled={Boolean(vehicle)} autoFocus={!vehicle} />
      </Field>
      <Field name="personId" label={t('directory.vehicle.owner')}>
        <PersonSelect allowClear initialLabel={vehicle?.personName} />
      </Field>
      <Field name="model" label={t('directory.vehicle.model')}>
        <Input maxLength={40} placeholder={t('directory.vehicle.modelPlaceholder')} />
      </Field>
      <Field name="colour" label={t('directory.vehicle.colour')}>
        <Input maxLength={20} />
      </Field>
      <NoteField />
    </Row>
  );
  const shared = (v: Values) => ({
    personId: v.personId ?? null,
    model: v.model ?? '',
    colour: v.colour ?? '',
    note: v.note ?? '',
  });
  return (
    <CreateOrEditModal<
      Values,
      Vehicle,
      z.input<typeof createVehicleBodySchema>,
      z.input<typeof updateVehicleBodySchema>,
      Vehicle
    >
      open={open}
      onClose={onClose}
      record={vehicle}
      fields={FIELDS}
      conflictField="plate"
      onSaved={onSaved}
      edit={(v) => ({
        title: t('directory.vehicle.editTitle', { plate: v.plate }),
        schema: updateVehicleBodySchema,
        toValues: (fresh) => fresh,
        fetchFresh: () => directoryApi.vehicle(v.id),
        toBody: shared,
        save: (body) => directoryApi.updateVehicle(v.id, body),
      })}
      create={{
        title: t('directory.vehicle.create'),
        initialValues: { personId: null, model: '', colour: '', note: '' },
        schema: createVehicleBodySchema,
        toBody: (v) => ({ propertyId, plate: v.plate, ...shared(v) }),
        save: (body) => directoryApi.createVehicle(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
