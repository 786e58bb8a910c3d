import { useState } from 'react';
import { Avatar, Button, Dropdown, Space } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ChangePasswordModal } from '../../features/auth/ChangePasswordModal';
import { useAuth, useMe } from '../auth/auth-context';
import { useT } from '../i18n/locale-context';

export function UserMenu() {
  const t = useT();
  const me = useMe();
  const { logout } = useAuth();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('password.change') },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('shell.signOut'), danger: true },
          ],
          onClick: ({ key }) => (key === 'logout' ? void logout() : setChangingPassword(true)),
        }}
      >
        <Button type="text" data-testid="user-menu" style={{ height: 40 }}>
          <Space size={8}>
            <Avatar size={28} icon={<UserOutlined />} style={{ backgroundColor: '#1f6feb' }} />
            {me.user.displayName}
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
