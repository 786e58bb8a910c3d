import { Input, Row, Select } from 'antd';
import type { z } from 'zod';
import {
  createParkingSpaceBodySchema,
  PARKING_STATUSES,
  PARKING_TYPES,
  updateParkingSpaceBodySchema,
  type ParkingSpace,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';
import { directoryApi } from './directory-api';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, NoteField, requiredRules } from '../common/form/fields';
import { TagsInput } from './form/OnFileValue';
import { PersonSelect } from './RecordSelects';

interface Values {
  number: string;
  zone: string;
  type: ParkingSpace['type'];
  status: ParkingSpace['status'];
  holderPersonId: string | null;
  plates: string[];
  note: string;
}

const FIELDS = ['number', 'zone', 'type', 'status', 'holderPersonId', 'plates', 'note'];

export function ParkingFormModal({
  open,
  propertyId,
  space,
  onClose,
  onSaved,
}: {
  open: boolean;
  propertyId: string;
  space: ParkingSpace | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const formFields = () => (
    <Row gutter={16}>
      <Field
        name="number"
        label={t('directory.parking.number')}
        rules={[requiredRules(t).text(t('directory.parking.number'))]}
      >
        <Input maxLength={20} disabled={Boolean(space)} autoFocus={!space} />
      </Field>
      <Field name="zone" label={t('directory.parking.zone')}>
        <Input maxLength={30} placeholder={t('directory.parking.zonePlaceholder')} />
      </Field>
      <Field name="type" label={t('directory.parking.type')}>
        <Select options={codeOptions(PARKING_TYPES, t, 'directory.parkingType')} />
      </Field>
      <Field name="status" label={t('directory.parking.status')}>
        <Select options={codeOptions(PARKING_STATUSES, t, 'directory.parkingStatus')} />
      </Field>
      <Field name="holderPersonId" label={t('directory.parking.holder')}>
        <PersonSelect allowClear initialLabel={space?.holderName} />
      </Field>
      <Field
        name="plates"
        label={t('directory.parking.plates')}
        extra={t('directory.parking.platesHint')}
        rules={[zodRule(createParkingSpaceBodySchema.shape.plates, t)]}
      >
        <TagsInput maxCount={3} />
      </Field>
      <NoteField />
    </Row>
  );
  const shared = (v: Values) => ({
    zone: v.zone ?? '',
    type: v.type,
    status: v.status,
    holderPersonId: v.holderPersonId ?? null,
    plates: v.plates ?? [],
    note: v.note ?? '',
  });
  return (
    <CreateOrEditModal<
      Values,
      ParkingSpace,
      z.input<typeof createParkingSpaceBodySchema>,
      z.input<typeof updateParkingSpaceBodySchema>,
      ParkingSpace
    >
      open={open}
      onClose={onClose}
      record={space}
      fields={FIELDS}
      conflictField="number"
      onSaved={onSaved}
      edit={(s) => ({
        title: t('directory.parking.editTitle', { number: s.number }),
        schema: updateParkingSpaceBodySchema,
        toValues: (fresh) => fresh,
        fetchFresh: () => directoryApi.parkingSpace(s.id),
        toBody: shared,
        save: (body) => directoryApi.updateParking(s.id, body),
      })}
      create={{
        title: t('directory.parking.create'),
        initialValues: {
          type: 'owned',
          status: 'vacant',
          zone: '',
          plates: [],
          holderPersonId: null,
          note: '',
        },
        schema: createParkingSpaceBodySchema,
        toBody: (v) => ({ propertyId, number: v.number, ...shared(v) }),
        save: (body) => directoryApi.createParking(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
