import { Select, Space, Typography } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useLocale } from '../i18n/locale-context';
import { localName } from '../i18n/property-name';
import { useCurrentProperty } from '../property/property-context';

/** A choice only for people who work for several properties; everyone else just sees theirs. */
export function PropertySwitcher() {
  const { locale, t } = useLocale();
  const { properties, current, setCurrentId } = useCurrentProperty();
  if (!current) return null;
  if (properties.length < 2) {
    return (
      <Space size={6} data-testid="current-property">
        <HomeOutlined style={{ color: '#1f6feb' }} />
        <Typography.Text strong>{localName(current, locale)}</Typography.Text>
      </Space>
    );
  }
  return (
    <Select
      aria-label={t('shell.property')}
      data-testid="property-switcher"
      value={current.id}
      onChange={setCurrentId}
      prefix={<HomeOutlined style={{ color: '#1f6feb' }} />}
      style={{ minWidth: 260 }}
      popupMatchSelectWidth={false}
      options={properties.map((p) => ({ value: p.id, label: localName(p, locale) }))}
    />
  );
}
