import { useState } from 'react';
import { App, Button, Flex, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { ServiceRecord } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useT } from '../../app/i18n/locale-context';
import { PageCard } from '../common/PageCard';
import { ACTION_FORM, ACTION_ORDER, actionBody, primaryAction, type FormAction } from './action-forms';
import { ActionModal } from './ActionModal';
import { actionLabel } from './service-labels';
import { useRecordAction } from './use-record-action';
import type { StaffOption } from './use-staff';

/**
 * Exactly the actions record.allowedActions offers (the server has combined the status machine with
 * the caller's permissions). Assigning to a named person needs the staff list; without it, staff claim.
 */
export function RecordActions({
  record,
  staff,
  reload,
}: {
  record: ServiceRecord;
  staff: StaffOption[] | null;
  reload(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canFollowUp = useCan('service.followup');
  const act = useRecordAction(record.id, reload);
  const [open, setOpen] = useState<{ action: FormAction; version: number } | null>(null);
  const [busy, setBusy] = useState<FormAction | null>(null);

  const offered = ACTION_ORDER.filter(
    (a) => record.allowedActions.includes(a) && (a !== 'assign' || staff !== null),
  );
  const primary = primaryAction(offered);
  const followUpDue =
    record.status === 'done' && canFollowUp && ['repair', 'complaint'].includes(record.kind);

  const start = async (action: FormAction) => {
    if (ACTION_FORM[action] !== 'direct') {
      setOpen({ action, version: record.version });
      return;
    }
    setBusy(action);
    try {
      await act(actionBody(action, {}, record.version));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <PageCard title={t('serviceRecord.actions')}>
      {offered.length === 0 && !followUpDue ? (
        <Typography.Text type="secondary">{t('serviceRecord.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap data-testid="record-actions">
          {offered.map((action) => (
            <Button
              key={action}
              type={action === primary ? 'primary' : 'default'}
              danger={action === 'cancel' || action === 'acknowledge'}
              loading={busy === action}
              onClick={() => void start(action)}
              data-action={action}
            >
              {actionLabel(t, action)}
            </Button>
          ))}
          {followUpDue && (
            <Button icon={<PhoneOutlined />} onClick={() => navigate('/service/follow-ups')}>
              {t('serviceRecord.goFollowUp')}
            </Button>
          )}
        </Flex>
      )}
      <ActionModal
        action={open?.action ?? null}
        version={open?.version ?? record.version}
        record={record}
        staff={staff}
        onClose={() => setOpen(null)}
        submit={async (body) => {
          await act(body);
          setOpen(null);
        }}
      />
    </PageCard>
  );
}
