import { App, Badge, Button, Flex, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { CopyOutlined, DeleteOutlined, EditOutlined, PhoneOutlined } from '@ant-design/icons';
import type { PhonebookEntry } from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';

/** One number: click it to copy it (a toast confirms), with the on-duty badge and the note. */
export function PhonebookEntryRow({
  entry,
  onEdit,
  onDelete,
}: {
  entry: PhonebookEntry;
  onEdit(): void;
  onDelete(): Promise<void>;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const canEdit = useCan('phonebook.edit');
  const name = locale === 'en' && entry.nameEn ? entry.nameEn : entry.name;
  const number = entry.extension ? `${entry.phone} ${t('phonebook.ext')} ${entry.extension}` : entry.phone;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        entry.extension ? `${entry.phone},${entry.extension}` : entry.phone,
      );
      message.success(t('phonebook.copied', { number }));
    } catch {
      message.error(t('common.copyFailed'));
    }
  };

  return (
    <Flex align="center" gap={12} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space size={8}>
          <Typography.Text strong>{name}</Typography.Text>
          {entry.onDuty && <Badge status="processing" text={t('phonebook.onDuty')} />}
        </Space>
        {entry.note && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {entry.note}
          </Typography.Text>
        )}
      </div>
      <Tooltip title={t('phonebook.clickToCopy')}>
        <Button
          icon={<PhoneOutlined />}
          onClick={() => void copy()}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {number}
          <CopyOutlined style={{ color: '#8c8c8c' }} />
        </Button>
      </Tooltip>
      {canEdit && (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            onClick={onEdit}
          />
          <Popconfirm
            title={t('phonebook.deleteConfirm', { name })}
            okText={t('phonebook.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={onDelete}
          >
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('phonebook.delete')}
            />
          </Popconfirm>
        </Space>
      )}
    </Flex>
  );
}
