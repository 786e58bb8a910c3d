import { Avatar, Button, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined, LinkOutlined, ManOutlined, UserOutlined, WomanOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { PersonCard } from '@qiantai/contracts';
import { useCan } from '../../../app/auth/auth-context';
import { useT } from '../../../app/i18n/locale-context';
import { isCurrentLink } from '../directory-format';
import { PersonRoleTag } from '../PersonRoleTag';

const GENDER_ICON = { male: <ManOutlined />, female: <WomanOutlined />, unknown: <UserOutlined /> };

/** Who this is at a glance: name, and where they live in which role. */
export function PersonHeader({ card, onEdit, onLink }: { card: PersonCard; onEdit(): void; onLink(): void }) {
  const t = useT();
  const canEdit = useCan('directory.edit');
  const { person } = card;
  const current = card.units.filter((u) => isCurrentLink(u));
  return (
    <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 20 }}>
      <Flex align="center" gap={16}>
        <Avatar size={56} icon={GENDER_ICON[person.gender]} style={{ backgroundColor: '#1f6feb' }} />
        <div>
          <Space size={10} align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-name">
              {person.name}
            </Typography.Title>
            {person.gender !== 'unknown' && <Tag>{t(`directory.gender.${person.gender}`)}</Tag>}
          </Space>
          <Flex gap={8} wrap style={{ marginTop: 6 }}>
            {current.length === 0 ? (
              <Typography.Text type="secondary">{t('directory.card.noCurrentUnit')}</Typography.Text>
            ) : (
              current.map((u) => (
                <Space key={u.id} size={4}>
                  <Link to={`/directory/units/${u.unitId}`} style={{ fontWeight: 600 }}>
                    {u.unitCode}
                  </Link>
                  <PersonRoleTag role={u.role} />
                </Space>
              ))
            )}
          </Flex>
        </div>
      </Flex>
      {canEdit && (
        <Space>
          <Button icon={<LinkOutlined />} onClick={onLink}>
            {t('directory.link.create')}
          </Button>
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        </Space>
      )}
    </Flex>
  );
}
