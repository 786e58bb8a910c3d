import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import {
  DISSATISFIED,
  FOLLOW_UP_MAX_ATTEMPTS,
  SATISFACTION_LEVELS,
  type FollowUp,
  type Satisfaction,
} from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { showFieldErrors } from '../../lib/form-errors';
import { isStale } from './action-errors';
import { submitOnEnter } from './modal-keys';
import { serviceApi } from './service-api';
import { satisfactionByKey, satisfactionLabel } from './service-labels';

interface Values {
  reached: boolean;
  satisfaction?: Satisfaction;
  comment?: string;
}

/**
 * 记录回访: reached → how satisfied (keys 1–5 pick the level) and a note; not reached → a note. The
 * modal closes on save and the list reloads, so the row leaves the pending list.
 */
export function FollowUpModal({
  followUp,
  onClose,
  onSaved,
}: {
  followUp: FollowUp | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form) ?? true;
  const satisfaction = Form.useWatch('satisfaction', form);
  const reachedRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const finish = async (v: Values) => {
    if (!followUp) return;
    setSaving(true);
    setAlert(null);
    try {
      const comment = v.comment?.trim() ?? '';
      await serviceApi.recordFollowUp(
        followUp.id,
        v.reached
          ? { version: followUp.version, reached: true, satisfaction: v.satisfaction!, comment }
          : { version: followUp.version, reached: false, comment },
      );
      message.success(t('followUps.saved'));
      onSaved();
      onClose();
    } catch (e) {
      if (isStale(e)) {
        message.warning(t('serviceRecord.stale'));
        onSaved();
        onClose();
      } else if (!showFieldErrors(form, e, ['satisfaction', 'comment'])) {
        setAlert(e instanceof Error ? e.message : String(e));
      }
    } finally {
      setSaving(false);
    }
  };

  // Digits pick a satisfaction level, except while typing the note.
  const pickByKey = (e: KeyboardEvent<HTMLElement>) => {
    if (!reached || (e.target as HTMLElement).tagName === 'TEXTAREA') return;
    const level = satisfactionByKey(e.key);
    if (level) form.setFieldValue('satisfaction', level);
  };

  return (
    <Modal
      open={followUp !== null}
      title={t('followUps.modal.title', { number: followUp?.recordNumber ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      afterClose={() => setAlert(null)}
      // Start on the "reached?" choice, so digits and Enter work at once (not on the close button).
      afterOpenChange={(open) =>
        open && reachedRef.current?.querySelector<HTMLElement>('input:checked')?.focus()
      }
      // Keys are caught for the whole dialog, wherever the focus is in it.
      modalRender={(node) => (
        <div
          onKeyDown={(e) => {
            pickByKey(e);
            submitOnEnter(() => form.submit())(e);
          }}
        >
          {node}
        </div>
      )}
    >
      <div>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ reached: true }}
          onFinish={(v) => void finish(v)}
          preserve={false}
        >
          <Form.Item name="reached" label={t('followUps.modal.reached')}>
            <Radio.Group
              ref={reachedRef}
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: t('followUps.modal.reachedYes') },
                { value: false, label: t('followUps.modal.reachedNo') },
              ]}
            />
          </Form.Item>
          {reached && (
            <Form.Item
              name="satisfaction"
              label={t('followUps.modal.satisfaction')}
              extra={t('followUps.modal.keysHint')}
              rules={[
                {
                  required: true,
                  message: t('common.requiredChoice', { field: t('followUps.modal.satisfaction') }),
                },
              ]}
            >
              <Radio.Group
                options={SATISFACTION_LEVELS.map((level, i) => ({
                  value: level,
                  label: `${i + 1} ${satisfactionLabel(t, level)}`,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item name="comment" label={t('followUps.modal.comment')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </Form>
        {reached && satisfaction && DISSATISFIED.includes(satisfaction) && (
          <Alert type="warning" showIcon title={t('followUps.modal.dissatisfiedHint')} />
        )}
        {!reached && followUp && (
          <Alert
            type="info"
            showIcon
            title={t('followUps.modal.unreachedHint', {
              n: followUp.attempts + 1,
              max: FOLLOW_UP_MAX_ATTEMPTS,
            })}
          />
        )}
        {alert && <Alert type="error" showIcon title={alert} style={{ marginTop: 12 }} />}
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('serviceRecord.form.enterHint')}
        </Typography.Text>
      </div>
    </Modal>
  );
}
