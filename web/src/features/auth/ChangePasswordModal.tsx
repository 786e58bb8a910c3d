import { App, Modal } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Modal
      title={t('password.change')}
      open={open}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={440}
    >
      <ChangePasswordForm
        onDone={() => {
          message.success(t('password.changed'));
          onClose();
        }}
      />
    </Modal>
  );
}
