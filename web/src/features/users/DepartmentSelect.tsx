import { Select } from 'antd';
import type { PropertySummary } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { useDepartments } from '../common/use-departments';

interface Props {
  /** Set by Form.Item so the field's label points at this control. */
  id?: string;
  propertyIds: string[];
  properties: PropertySummary[];
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** Departments of the chosen properties, grouped by property; empty until a property is chosen. */
export function DepartmentSelect({ id, propertyIds, properties, value, onChange }: Props) {
  const { t, locale } = useLocale();
  const departments = useDepartments(propertyIds);
  const groups = propertyIds.flatMap((propertyId) => {
    const property = properties.find((p) => p.id === propertyId);
    const options = (departments.data ?? [])
      .filter((d) => d.propertyId === propertyId)
      .map((d) => ({ value: d.id, label: localName(d, locale) }));
    return property && options.length ? [{ label: localName(property, locale), options }] : [];
  });

  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={groups}
      loading={departments.loading && propertyIds.length > 0}
      disabled={propertyIds.length === 0}
      placeholder={propertyIds.length ? t('common.none') : t('users.field.departmentHint')}
    />
  );
}
