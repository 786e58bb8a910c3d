import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { serviceActionBodySchema, type ServiceRecord } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { showFieldErrors, showFieldIssues } from '../../lib/form-errors';
import { bodyIssues } from '../../lib/zod-rules';
import { useDepartments } from '../common/use-departments';
import { ACTION_FORM, actionBody, type ActionFormValues, type FormAction } from './action-forms';
import { submitOnEnter } from './modal-keys';
import { actionLabel } from './service-labels';
import type { StaffOption } from './use-staff';

const FIELDS = ['comment', 'result', 'departmentId', 'assigneeUserId', 'resolveDueAt'] as const;

type Values = Omit<ActionFormValues, 'resolveDueAt'> & { resolveDueAt?: Dayjs | null };

/**
 * The small form an action needs: a reason, a result, or where to route the record. `version` is the
 * version the user was looking at when they opened it, so a change by someone else in between is a 409.
 */
export function ActionModal({
  action,
  record,
  version,
  staff,
  onClose,
  submit,
}: {
  action: FormAction | null;
  record: ServiceRecord;
  version: number;
  staff: StaffOption[] | null;
  onClose(): void;
  /** Sends the body; resolves when the dialog may close, rejects with errors for the form. */
  submit(body: ReturnType<typeof actionBody>): Promise<void>;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const departments = useDepartments([record.propertyId]);
  const chosenDepartment = Form.useWatch('departmentId', form) ?? record.departmentId;
  const kind = action ? ACTION_FORM[action] : 'note';

  const departmentOptions = (departments.data ?? [])
    .filter((d) => kind !== 'transfer' || d.id !== record.departmentId)
    .map((d) => ({ value: d.id, label: localName(d, locale) }));
  const staffOptions = (staff ?? [])
    .filter((s) => s.departmentId === chosenDepartment)
    .map((s) => ({ value: s.id, label: s.name }));

  const finish = async (values: Values) => {
    if (!action) return;
    const body = actionBody(
      action,
      { ...values, resolveDueAt: values.resolveDueAt?.valueOf() ?? null },
      version,
    );
    const issues = bodyIssues(serviceActionBodySchema, body, t);
    if (issues.length) {
      showFieldIssues(form, issues, FIELDS);
      return;
    }
    setSaving(true);
    setAlert(null);
    try {
      await submit(body);
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) setAlert(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const required = (label: string) => [{ required: true, message: t('common.required', { field: label }) }];
  // The first field of the form takes the focus, so the user can type (or pick) at once.
  const textFirst = kind === 'note' || kind === 'reason' || kind === 'result';
  const textArea = (name: 'comment' | 'result', label: string, mandatory: boolean) => (
    <Form.Item name={name} label={label} rules={mandatory ? required(label) : []}>
      <Input.TextArea
        autoSize={{ minRows: 3, maxRows: 8 }}
        autoFocus={textFirst}
        maxLength={name === 'result' ? 2000 : 500}
      />
    </Form.Item>
  );

  return (
    <Modal
      open={action !== null}
      title={`${action ? actionLabel(t, action) : ''} · ${record.number}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? actionLabel(t, action) : t('common.save')}
      okButtonProps={{ danger: action === 'cancel' }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      afterClose={() => setAlert(null)}
    >
      <div onKeyDown={submitOnEnter(() => form.submit())}>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void finish(v)} preserve={false}>
          {(kind === 'forward' || kind === 'transfer') && (
            <Form.Item
              name="departmentId"
              label={t('serviceRecord.form.department')}
              rules={required(t('serviceRecord.form.department'))}
            >
              <Select
                options={departmentOptions}
                loading={departments.loading}
                autoFocus
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          )}
          {(kind === 'forward' || kind === 'assign') && staff && (
            <Form.Item
              name="assigneeUserId"
              label={t(
                kind === 'assign' ? 'serviceRecord.form.assigneeRequired' : 'serviceRecord.form.assignee',
              )}
              rules={kind === 'assign' ? required(t('serviceRecord.form.assigneeRequired')) : []}
            >
              <Select
                allowClear
                options={staffOptions}
                showSearch={{ optionFilterProp: 'label' }}
                autoFocus={kind === 'assign'}
              />
            </Form.Item>
          )}
          {kind === 'forward' && (
            <Form.Item
              name="resolveDueAt"
              label={t('serviceRecord.form.resolveDueAt')}
              extra={t('serviceRecord.form.resolveDueAtHint')}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          )}
          {kind === 'result' && textArea('result', t('serviceRecord.form.result'), true)}
          {(kind === 'reason' || kind === 'transfer') &&
            textArea('comment', t('serviceRecord.form.reason'), true)}
          {(kind === 'note' || kind === 'forward') &&
            textArea('comment', t('serviceRecord.form.comment'), false)}
          {kind === 'assign' && !staff && (
            <Alert type="info" showIcon title={t('serviceRecord.form.noStaffList')} />
          )}
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('serviceRecord.form.enterHint')}
        </Typography.Text>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} />}
      </div>
    </Modal>
  );
}
