import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import { createUnitBodySchema, UNIT_TYPES, updateUnitBodySchema, type Unit } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { zodRule } from '../../lib/zod-rules';
import { directoryApi } from './directory-api';
import { RecordFormModal } from './RecordFormModal';

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
      <Col span={12}>
        <Form.Item
          name="entrance"
          label={t('directory.unit.entrance')}
          extra={t('directory.unit.entranceHint')}
          rules={[zodRule(createUnitBodySchema.shape.entrance, t)]}
        >
          <Input maxLength={6} disabled={Boolean(unit)} autoFocus={!unit} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="room"
          label={t('directory.unit.room')}
          extra={t('directory.unit.roomHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('directory.unit.room') }) },
            zodRule(createUnitBodySchema.shape.room, t),
          ]}
        >
          <Input maxLength={7} disabled={Boolean(unit)} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="floor" label={t('directory.unit.floor')}>
          <InputNumber min={-10} max={200} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="areaSqm" label={t('directory.unit.area')}>
          <InputNumber min={0} max={100000} step={0.01} suffix="㎡" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="type" label={t('directory.unit.type')}>
          <Select options={UNIT_TYPES.map((v) => ({ value: v, label: t(`directory.unitType.${v}`) }))} />
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
    conflictField: 'room',
    savedMessage: t('directory.saved'),
    onSaved: (saved: Unit) => {
      onSaved(saved);
      onClose();
    },
  };
  const shared = (v: Values) => ({
    floor: v.floor ?? null,
    areaSqm: v.areaSqm ?? null,
    type: v.type,
    note: v.note ?? '',
  });
  return unit ? (
    <RecordFormModal<Values, z.input<typeof updateUnitBodySchema>, Unit>
      {...common}
      title={t('directory.unit.editTitle', { code: unit.code })}
      initialValues={unit}
      schema={updateUnitBodySchema}
      version={unit.version}
      reload={async () => {
        const fresh = await directoryApi.unit(unit.id);
        return { values: fresh, version: fresh.version };
      }}
      toBody={(v, version) => ({ version, ...shared(v) })}
      save={(body) => directoryApi.updateUnit(unit.id, body)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createUnitBodySchema>, Unit>
      {...common}
      title={t('directory.unit.create')}
      initialValues={{ type: 'residential', entrance: null, floor: null, areaSqm: null, note: '' }}
      schema={createUnitBodySchema}
      toBody={(v) => ({ buildingId, entrance: v.entrance?.trim() || null, room: v.room, ...shared(v) })}
      save={(body) => directoryApi.createUnit(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
