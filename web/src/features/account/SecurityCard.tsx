import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { KeyOutlined, SafetyOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n/locale-context';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { PageCard } from '../common/PageCard';

export function SecurityCard() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <PageCard
      title={
        <Space>
          <SafetyOutlined />
          {t('account.security')}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.securityHint')}</Typography.Paragraph>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)}>
        {t('password.change')}
      </Button>
      <ChangePasswordModal open={open} onClose={() => setOpen(false)} />
    </PageCard>
  );
}
