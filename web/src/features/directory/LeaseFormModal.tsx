import { Col, Descriptions, Form, Input, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import { createLeaseBodySchema, LEASE_STATUSES, updateLeaseBodySchema, type Lease } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { DateField } from './DateField';
import { directoryApi } from './directory-api';
import { PersonSelect, UnitSelect } from './RecordSelects';
import { RecordFormModal } from './RecordFormModal';

interface Values {
  unitId: string;
  tenantPersonId: string;
  startDate: string;
  endDate: string;
  rentFen: number;
  depositFen: number;
  status: Lease['status'];
  note: string;
}

const FIELDS = [
  'unitId',
  'tenantPersonId',
  'startDate',
  'endDate',
  'rentFen',
  'depositFen',
  'status',
  'note',
];

/** Money in yuan on screen, in fen in the form (as the API keeps it: no rounding errors). */
function YuanInput({
  value,
  onChange,
  id,
}: {
  value?: number | null;
  onChange?(fen: number | null): void;
  id?: string;
}) {
  return (
    <InputNumber<number>
      id={id}
      min={0}
      step={100}
      precision={2}
      prefix="¥"
      value={value === null || value === undefined ? null : value / 100}
      onChange={(yuan) => onChange?.(yuan === null ? null : Math.round(yuan * 100))}
      style={{ width: '100%' }}
    />
  );
}

export function LeaseFormModal({
  open,
  lease,
  onClose,
  onSaved,
}: {
  open: boolean;
  lease: Lease | null;
  onClose(): void;
  onSaved(lease: Lease): void;
}) {
  const t = useT();
  const chosen = (field: string) => ({ required: true, message: t('common.requiredChoice', { field }) });
  const formFields = () => (
    <Row gutter={16}>
      {lease ? (
        <Col span={24}>
          <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('directory.link.unit')}>{lease.unitCode}</Descriptions.Item>
            <Descriptions.Item label={t('directory.lease.tenant')}>{lease.tenantName}</Descriptions.Item>
            <Descriptions.Item label={t('directory.lease.start')}>{lease.startDate}</Descriptions.Item>
          </Descriptions>
        </Col>
      ) : (
        <>
          <Col span={12}>
            <Form.Item
              name="unitId"
              label={t('directory.link.unit')}
              rules={[chosen(t('directory.link.unit'))]}
            >
              <UnitSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="tenantPersonId"
              label={t('directory.lease.tenant')}
              rules={[chosen(t('directory.lease.tenant'))]}
            >
              <PersonSelect />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="startDate"
              label={t('directory.lease.start')}
              rules={[chosen(t('directory.lease.start'))]}
            >
              <DateField />
            </Form.Item>
          </Col>
        </>
      )}
      <Col span={12}>
        <Form.Item name="endDate" label={t('directory.lease.end')} rules={[chosen(t('directory.lease.end'))]}>
          <DateField />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="rentFen"
          label={t('directory.lease.rentMonthly')}
          rules={[chosen(t('directory.lease.rentMonthly'))]}
        >
          <YuanInput />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="depositFen" label={t('directory.lease.deposit')}>
          <YuanInput />
        </Form.Item>
      </Col>
      {lease && (
        <Col span={12}>
          <Form.Item name="status" label={t('directory.lease.status')}>
            <Select
              options={LEASE_STATUSES.map((s) => ({ value: s, label: t(`directory.leaseStatus.${s}`) }))}
            />
          </Form.Item>
        </Col>
      )}
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
    width: 640,
    savedMessage: t('directory.saved'),
    onSaved: (saved: Lease) => {
      onSaved(saved);
      onClose();
    },
  };
  const toValues = (l: Lease): Partial<Values> => l;
  return lease ? (
    <RecordFormModal<Values, z.input<typeof updateLeaseBodySchema>, Lease>
      {...common}
      title={t('directory.lease.editTitle', { unit: lease.unitCode })}
      initialValues={toValues(lease)}
      version={lease.version}
      reload={async () => {
        const fresh = await directoryApi.lease(lease.id);
        return { values: toValues(fresh), version: fresh.version };
      }}
      schema={updateLeaseBodySchema}
      toBody={(v, version) => ({
        version,
        endDate: v.endDate,
        rentFen: v.rentFen,
        depositFen: v.depositFen ?? 0,
        status: v.status,
        note: v.note ?? '',
      })}
      save={(body) => directoryApi.updateLease(lease.id, body)}
    >
      {formFields}
    </RecordFormModal>
  ) : (
    <RecordFormModal<Values, z.input<typeof createLeaseBodySchema>, Lease>
      {...common}
      title={t('directory.lease.create')}
      initialValues={{ depositFen: 0, note: '' }}
      schema={createLeaseBodySchema}
      toBody={(v) => ({
        unitId: v.unitId,
        tenantPersonId: v.tenantPersonId,
        startDate: v.startDate,
        endDate: v.endDate,
        rentFen: v.rentFen,
        depositFen: v.depositFen ?? 0,
        note: v.note ?? '',
      })}
      save={(body) => directoryApi.createLease(body)}
    >
      {formFields}
    </RecordFormModal>
  );
}
