import { Input, Select, Space } from 'antd';
import { ROLES, type UserListQuery } from '@qiantai/contracts';
import { useMe } from '../../app/auth/auth-context';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';

export type UserFilterValues = Pick<Partial<UserListQuery>, 'q' | 'role' | 'propertyId' | 'status'>;

export function UserFilters({
  value,
  onChange,
}: {
  value: UserFilterValues;
  onChange(next: UserFilterValues): void;
}) {
  const { t, locale } = useLocale();
  const { properties } = useMe();
  const set = (patch: UserFilterValues) => onChange({ ...value, ...patch });

  return (
    <Space wrap size={12} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('users.searchPlaceholder')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 260 }}
        aria-label={t('users.searchPlaceholder')}
      />
      <Select
        allowClear
        placeholder={t('users.filterRole')}
        value={value.role}
        onChange={(role) => set({ role })}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        style={{ width: 160 }}
      />
      {properties.length > 1 && (
        <Select
          allowClear
          placeholder={t('users.filterProperty')}
          value={value.propertyId}
          onChange={(propertyId) => set({ propertyId })}
          options={properties.map((p) => ({ value: p.id, label: localName(p, locale) }))}
          style={{ width: 200 }}
        />
      )}
      <Select
        allowClear
        placeholder={t('users.filterStatus')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={[
          { value: 'active', label: t('users.status.active') },
          { value: 'disabled', label: t('users.status.disabled') },
        ]}
        style={{ width: 140 }}
      />
    </Space>
  );
}
