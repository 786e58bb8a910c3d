import { useState } from 'react';
import { App, Modal } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { CHANGE_PASSWORD_FORM, ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    // The Cancel button keeps antd's own (localised) label.
    <Modal
      title={t('password.change')}
      open={open}
      onCancel={onClose}
      okText={t('password.change')}
      okButtonProps={{ htmlType: 'submit', form: CHANGE_PASSWORD_FORM, loading: busy }}
      destroyOnHidden
      width={440}
    >
      <ChangePasswordForm
        onBusyChange={setBusy}
        onDone={() => {
          message.success(t('password.changed'));
          onClose();
        }}
      />
    </Modal>
  );
}
