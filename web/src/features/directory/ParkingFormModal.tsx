import { Col, Form, Input, Row, Select } from 'antd';
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
import { PersonSelect } from './RecordSelects';
import { RecordFormModal } from './RecordFormModal';

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
      <Col span={12}>
        <Form.Item
          name="number"
          label={t('directory.parking.number')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('directory.parking.number') }),
            },
          ]}
        >
          <Input maxLength={20} disabled={Boolean(space)} autoFocus={!space} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="zone" label={t('directory.parking.zone')}>
          <Input maxLength={30} placeholder={t('directory.parking.zonePlaceholder')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="type" label={t('directory.parking.type')}>
          <Select
            options={PARKING_TYPES.map((v) => ({ value: v, label: t(`directory.parkingType.${v}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="status" label={t('directory.parking.status')}>
          <Select
            options={PARKING_STATUSES.map((v) => ({ value: v, label: t(`directory.parkingStatus.${v}`) }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="holderPersonId" label={t('directory.parking.holder')}>
          <PersonSelect allowClear initialLabel={space?.holderName} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="plates"
          label={t('directory.parking.plates')}
          extra={t('directory.parking.platesHint')}
          rules={[zodRule(createParkingSpaceBodySchema.shape.plates, t)]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', ' ']}
            maxCount={3}
          />
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
    conflictField: 'number',
    savedMessage: t('directory.saved'),
    onSaved: () => {
      onSaved();
      onClose();
    },
  };
  const shared = (v: Values) => ({
    zone: v.zone ?? '',
    type: v.type,
    status: v.status,
    holderPersonId: v.holderPersonId ?? null,
    plates: v.plates ?? [],
    note: v.note ?? '',
  });
  return space ? (
    <RecordFormModal<Values, z.input<typeof updateParkingSpaceBodySchema>, ParkingSpace>
      {...common}
      title={t('directory.parking.editTitle', { number: space.number })}
      initialValues={space}
      version={space.version}
      reload={async () => {
        const fresh = await directoryApi.parkingSpace(space.id);
        return { values: fresh, version: fresh.version };
      }}
      schema={updateParkingSpaceBodySchema}
      toBody={(v, version) => ({ version, ...shared(v) })}
      save={(body) => directoryApi.updateParking(space.id, body)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createParkingSpaceBodySchema>, ParkingSpace>
      {...common}
      title={t('directory.parking.create')}
      initialValues={{
        type: 'owned',
        status: 'vacant',
        zone: '',
        plates: [],
        holderPersonId: null,
        note: '',
      }}
      schema={createParkingSpaceBodySchema}
      toBody={(v) => ({ propertyId, number: v.number, ...shared(v) })}
      save={(body) => directoryApi.createParking(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
