import { Col, Form, Input, Row } from 'antd';
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
import { PersonSelect } from './RecordSelects';
import { RecordFormModal } from './RecordFormModal';

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
      <Col span={12}>
        <Form.Item
          name="plate"
          label={t('directory.vehicle.plate')}
          extra={vehicle ? undefined : t('directory.vehicle.plateHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('directory.vehicle.plate') }),
            },
            zodRule(plateSchema, t),
          ]}
        >
          <Input maxLength={12} disabled={Boolean(vehicle)} autoFocus={!vehicle} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="personId" label={t('directory.vehicle.owner')}>
          <PersonSelect allowClear initialLabel={vehicle?.personName} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="model" label={t('directory.vehicle.model')}>
          <Input maxLength={40} placeholder={t('directory.vehicle.modelPlaceholder')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="colour" label={t('directory.vehicle.colour')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="note" label={t('directory.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Col>
    </Row>
  );
  const common = {
    open,
    onClose,
    fields: FIELDS,
    conflictField: 'plate',
    savedMessage: t('directory.saved'),
    onSaved: () => {
      onSaved();
      onClose();
    },
  };
  const shared = (v: Values) => ({
    personId: v.personId ?? null,
    model: v.model ?? '',
    colour: v.colour ?? '',
    note: v.note ?? '',
  });
  return vehicle ? (
    <RecordFormModal<Values, z.input<typeof updateVehicleBodySchema>, Vehicle>
      {...common}
      title={t('directory.vehicle.editTitle', { plate: vehicle.plate })}
      initialValues={vehicle}
      version={vehicle.version}
      reload={async () => {
        const fresh = await directoryApi.vehicle(vehicle.id);
        return { values: fresh, version: fresh.version };
      }}
      schema={updateVehicleBodySchema}
      toBody={(v, version) => ({ version, ...shared(v) })}
      save={(body) => directoryApi.updateVehicle(vehicle.id, body)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createVehicleBodySchema>, Vehicle>
      {...common}
      title={t('directory.vehicle.create')}
      initialValues={{ personId: null, model: '', colour: '', note: '' }}
      schema={createVehicleBodySchema}
      toBody={(v) => ({ propertyId, plate: v.plate, ...shared(v) })}
      save={(body) => directoryApi.createVehicle(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
