import { useState } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { EXPORT_REASON_LENGTH, exportReasonSchema, FULL_EXPORT_MAX_ROWS } from '@qiantai/contracts';
import type { Translate } from '../../../app/i18n/catalogues';
import { useT } from '../../../app/i18n/locale-context';
import { ApiError } from '../../../lib/api';
import { showFieldIssues } from '../../../lib/form-errors';

const lengths = { min: EXPORT_REASON_LENGTH.min, longest: EXPORT_REASON_LENGTH.max };

/** The rule the server applies (contracts exportReasonSchema), in this dialog's words. */
function reasonProblem(value: string, t: Translate): string | null {
  const result = exportReasonSchema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const key = issue && 'params' in issue ? (issue.params as { key?: string } | undefined)?.key : undefined;
  return key === 'directoryIo.reasonControl' ? t('excel.reason.control') : t('excel.reason.length', lengths);
}

/**
 * Export with full phones and ID numbers: asks why, since the reason is kept in the audit log with
 * the export, and says that the file stops at FULL_EXPORT_MAX_ROWS records. The server checks the
 * reason again; its answer (a bad reason, two exports already running) shows here.
 */
export function FullExportModal({
  open,
  onClose,
  onExport,
}: {
  open: boolean;
  onClose(): void;
  onExport(reason: string): Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let reason: string;
    try {
      reason = (await form.validateFields()).reason.trim();
    } catch {
      return; // the form shows what is wrong
    }
    setBusy(true);
    try {
      await onExport(reason);
      form.resetFields();
      onClose();
    } catch (e) {
      // The query's fields come back as querystring.reason.
      const issues =
        e instanceof ApiError
          ? e.fieldIssues().map((i) => ({ ...i, path: i.path.replace(/^querystring\./, '') }))
          : [];
      if (!showFieldIssues(form, issues, ['reason']))
        message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('excel.fullTitle')}
      okText={t('excel.export')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('excel.fullWarning')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('excel.reason.cap', { max: FULL_EXPORT_MAX_ROWS.toLocaleString('en-US') })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('excel.reason.label')}
          extra={t('excel.reason.help', lengths)}
          rules={[
            { required: true, whitespace: true, message: t('excel.reason.required') },
            {
              validator: async (_rule, value: unknown) => {
                const problem = typeof value === 'string' && value.trim() ? reasonProblem(value, t) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input
            autoFocus
            placeholder={t('excel.reason.placeholder')}
            maxLength={EXPORT_REASON_LENGTH.max}
            showCount
            onPressEnter={() => void submit()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
