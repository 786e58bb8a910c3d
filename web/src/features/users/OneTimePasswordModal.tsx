import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import type { User } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';

/** Shown once after creating a user or resetting a password: the server never reveals it again. */
export function OneTimePasswordModal({
  issued,
  onClose,
}: {
  issued: { user: User; password: string } | null;
  onClose(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  if (!issued) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.password);
      message.success(t('common.copied'));
    } catch {
      message.warning(t('common.copyFailed'));
    }
  };

  return (
    <Modal
      open
      title={t('users.otp.title')}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} autoFocus>
          {t('users.otp.done')}
        </Button>
      }
    >
      <Typography.Paragraph>
        {t('users.otp.intro', { name: issued.user.displayName, username: issued.user.username })}
      </Typography.Paragraph>
      <Flex
        align="center"
        justify="space-between"
        gap={12}
        style={{ background: '#f4f6fa', borderRadius: 8, padding: '12px 16px', marginBottom: 16 }}
      >
        <Typography.Text
          data-testid="one-time-password"
          style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 20, letterSpacing: 1 }}
        >
          {issued.password}
        </Typography.Text>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
      </Flex>
      <Alert type="warning" showIcon title={t('users.otp.warning')} />
    </Modal>
  );
}
