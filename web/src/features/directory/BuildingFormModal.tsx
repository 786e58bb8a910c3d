import { Col, Form, Input, InputNumber, Row } from 'antd';
import { createBuildingBodySchema, updateBuildingBodySchema, type Building } from '@qiantai/contracts';
import type { z } from 'zod';
import { useT } from '../../app/i18n/locale-context';
import { directoryApi } from './directory-api';
import { RecordFormModal } from './RecordFormModal';

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
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const formFields = () => (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item
          name="code"
          label={t('directory.building.code')}
          extra={t('directory.building.codeHint')}
          rules={[required(t('directory.building.code'))]}
        >
          <Input maxLength={6} disabled={Boolean(building)} autoFocus={!building} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="name"
          label={t('directory.building.name')}
          rules={[required(t('directory.building.name'))]}
        >
          <Input maxLength={30} placeholder={t('directory.building.namePlaceholder')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="floors" label={t('directory.building.floors')}>
          <InputNumber min={1} max={200} style={{ width: '100%' }} />
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
    conflictField: 'code',
    savedMessage: t('directory.saved'),
    onSaved: () => {
      onSaved();
      onClose();
    },
  };
  const text = (v?: string) => v ?? '';
  return building ? (
    <RecordFormModal<Values, z.input<typeof updateBuildingBodySchema>, Building>
      {...common}
      title={t('directory.building.editTitle', { name: building.name })}
      initialValues={building}
      schema={updateBuildingBodySchema}
      version={building.version}
      reload={async () => {
        const fresh = (await directoryApi.buildings(propertyId)).find((b) => b.id === building.id);
        if (!fresh) throw new Error('gone');
        return { values: fresh, version: fresh.version };
      }}
      toBody={(v, version) => ({ version, name: v.name, floors: v.floors ?? null, note: text(v.note) })}
      save={(body) => directoryApi.updateBuilding(building.id, body)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createBuildingBodySchema>, Building>
      {...common}
      title={t('directory.building.create')}
      initialValues={{ floors: null, note: '' }}
      schema={createBuildingBodySchema}
      toBody={(v) => ({
        propertyId,
        code: v.code,
        name: v.name,
        floors: v.floors ?? null,
        note: text(v.note),
      })}
      save={(body) => directoryApi.createBuilding(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
