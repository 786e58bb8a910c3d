import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import type { z } from 'zod';
import { useT } from '../../../app/i18n/locale-context';
import { ApiError } from '../../../lib/api';
import { showFieldErrors, showFieldIssues } from '../../../lib/form-errors';
import { bodyIssues } from '../../../lib/zod-rules';

/** A 409 because someone saved the record since it was read (not "that code is taken"). */
export const isStaleVersion = (e: unknown) =>
  e instanceof ApiError &&
  e.code === 'CONFLICT' &&
  typeof (e.details as { currentVersion?: unknown } | null)?.currentVersion === 'number';

export interface RecordFormProps<V, B, R> {
  open: boolean;
  title: string;
  onClose(): void;
  initialValues?: Partial<V>;
  /** Form fields that server and schema issues may land on (nested ones with dots). */
  fields: readonly string[];
  /** The contracts schema of the request body: the form refuses what the server would refuse. */
  schema: z.ZodType;
  /** The record's version when editing; after a 409 reload it is the fresh one. */
  version?: number;
  toBody(values: V, version: number): B;
  save(body: B): Promise<R>;
  onSaved(result: R): void;
  /** Loads the record again after a 409: its fresh form values and version. */
  reload?(): Promise<{ values: Partial<V>; version: number }>;
  /** The field a "already taken" conflict is about (the API names none for some of them). */
  conflictField?: string;
  savedMessage?: string;
  width?: number;
  children(form: FormInstance<V>): ReactNode;
}

/** The create and edit dialogs of every feature: check, save, show every problem where it belongs. */
export function RecordFormModal<V extends object, B, R>(props: RecordFormProps<V, B, R>) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<{ type: 'error' | 'warning'; text: string } | null>(null);
  const [freshVersion, setFreshVersion] = useState<number | null>(null);
  const { open } = props;

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    setFreshVersion(null);
  }, [open]);

  const submit = async (values: V) => {
    const body = props.toBody(values, freshVersion ?? props.version ?? 0);
    const issues = bodyIssues(props.schema, body, t);
    if (issues.length) {
      if (!showFieldIssues(form, issues, props.fields)) setAlert({ type: 'error', text: issues[0]!.message });
      return;
    }
    setSaving(true);
    setAlert(null);
    try {
      const result = await props.save(body);
      if (props.savedMessage) message.success(props.savedMessage);
      props.onSaved(result);
    } catch (e) {
      if (isStaleVersion(e) && props.reload) {
        const fresh = await props.reload().catch(() => null);
        if (fresh) {
          form.setFieldsValue(fresh.values as Parameters<typeof form.setFieldsValue>[0]);
          setFreshVersion(fresh.version);
        }
        setAlert({ type: 'warning', text: `${(e as ApiError).message} ${t('common.conflictReloaded')}` });
      } else if (
        e instanceof ApiError &&
        e.code === 'CONFLICT' &&
        props.conflictField &&
        !e.fieldIssues().length
      ) {
        showFieldIssues(form, [{ path: props.conflictField, message: e.message }], [props.conflictField]);
      } else if (!showFieldErrors(form, e, props.fields)) {
        setAlert({ type: 'error', text: e instanceof Error ? e.message : String(e) });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={props.title}
      open={open}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={props.width ?? 560}
      destroyOnHidden
    >
      {alert && <Alert type={alert.type} showIcon title={alert.text} style={{ marginBottom: 16 }} />}
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={props.initialValues}
        requiredMark="optional"
        disabled={saving}
      >
        {props.children(form)}
        {/* Enter in any text field submits, though the buttons live in the modal footer. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
