import { Col, Descriptions, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import { createLeaseBodySchema, LEASE_STATUSES, updateLeaseBodySchema, type Lease } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { DateField } from '../common/DateField';
import { directoryApi } from './directory-api';
import { CreateOrEditModal } from '../common/form/CreateOrEditModal';
import { codeOptions, Field, NoteField, requiredRules } from '../common/form/fields';
import { PersonSelect, UnitSelect } from './RecordSelects';

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
  const chosen = requiredRules(t).choice;
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
          <Field name="unitId" label={t('directory.link.unit')} rules={[chosen(t('directory.link.unit'))]}>
            <UnitSelect />
          </Field>
          <Field
            name="tenantPersonId"
            label={t('directory.lease.tenant')}
            rules={[chosen(t('directory.lease.tenant'))]}
          >
            <PersonSelect />
          </Field>
          <Field
            name="startDate"
            label={t('directory.lease.start')}
            rules={[chosen(t('directory.lease.start'))]}
          >
            <DateField />
          </Field>
        </>
      )}
      <Field name="endDate" label={t('directory.lease.end')} rules={[chosen(t('directory.lease.end'))]}>
        <DateField />
      </Field>
      <Field
        name="rentFen"
        label={t('directory.lease.rentMonthly')}
        rules={[chosen(t('directory.lease.rentMonthly'))]}
      >
        <YuanInput />
      </Field>
      <Field name="depositFen" label={t('directory.lease.deposit')}>
        <YuanInput />
      </Field>
      {lease && (
        <Field name="status" label={t('directory.lease.status')}>
          <Select options={codeOptions(LEASE_STATUSES, t, 'directory.leaseStatus')} />
        </Field>
      )}
      <NoteField />
    </Row>
  );
  const money = (v: Values) => ({ endDate: v.endDate, rentFen: v.rentFen, depositFen: v.depositFen ?? 0 });
  return (
    <CreateOrEditModal<
      Values,
      Lease,
      z.input<typeof createLeaseBodySchema>,
      z.input<typeof updateLeaseBodySchema>,
      Lease
    >
      open={open}
      onClose={onClose}
      record={lease}
      fields={FIELDS}
      width={640}
      onSaved={onSaved}
      edit={(l) => ({
        title: t('directory.lease.editTitle', { unit: l.unitCode }),
        schema: updateLeaseBodySchema,
        toValues: (fresh) => fresh,
        fetchFresh: () => directoryApi.lease(l.id),
        toBody: (v) => ({ ...money(v), status: v.status, note: v.note ?? '' }),
        save: (body) => directoryApi.updateLease(l.id, body),
      })}
      create={{
        title: t('directory.lease.create'),
        initialValues: { depositFen: 0, note: '' },
        schema: createLeaseBodySchema,
        toBody: (v) => ({
          unitId: v.unitId,
          tenantPersonId: v.tenantPersonId,
          startDate: v.startDate,
          ...money(v),
          note: v.note ?? '',
        }),
        save: (body) => directoryApi.createLease(body),
      }}
    >
      {formFields}
    </CreateOrEditModal>
  );
}
