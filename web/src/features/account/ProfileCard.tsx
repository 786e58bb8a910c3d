import { Avatar, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { useDepartments } from '../common/use-departments';
import { PageCard } from '../common/PageCard';
import { RoleTags } from '../common/RoleTags';

export function ProfileCard() {
  const { t, locale } = useLocale();
  const me = useMe();
  const departments = useDepartments(me.user.departmentId ? me.properties.map((p) => p.id) : []);
  const department = departments.data?.find((d) => d.id === me.user.departmentId);

  const departmentText = !me.user.departmentId ? (
    <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
  ) : department ? (
    localName(department, locale)
  ) : departments.loading ? (
    <Spin size="small" />
  ) : (
    '—'
  );

  return (
    <PageCard title={t('account.profile')}>
      <Flex align="center" gap={16} style={{ marginBottom: 24 }}>
        <Avatar size={56} icon={<UserOutlined />} style={{ backgroundColor: '#1f6feb' }} />
        <div>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="account-display-name">
            {me.user.displayName}
          </Typography.Title>
          <Typography.Text type="secondary">@{me.user.username}</Typography.Text>
        </div>
      </Flex>
      <Descriptions column={1} colon={false} styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('account.displayName')}>{me.user.displayName}</Descriptions.Item>
        <Descriptions.Item label={t('account.username')}>{me.user.username}</Descriptions.Item>
        <Descriptions.Item label={t('account.roles')}>
          <RoleTags roles={me.roles} />
        </Descriptions.Item>
        <Descriptions.Item label={t('account.properties')}>
          <Flex gap={4} wrap>
            {me.properties.map((p) => (
              <Tag key={p.id} style={{ marginInlineEnd: 0 }}>
                {localName(p, locale)}
              </Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('account.department')}>{departmentText}</Descriptions.Item>
      </Descriptions>
    </PageCard>
  );
}
