import { Button, Checkbox, DatePicker, Flex, Input, Segmented, Select } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { SERVICE_KINDS, SERVICE_SEVERITIES, SERVICE_STATUSES } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import { useDepartments } from '../common/use-departments';
import { activePreset, type Preset, type RegisterFilters } from './register-filters';
import { kindLabel, severityLabel, statusLabel } from './service-labels';
import type { StaffOption } from './use-staff';

const DAY = 'YYYY-MM-DD';

/**
 * The register's filters: presets first (what the desk asks most), then the detailed filters. Every
 * control is a real form control in reading order, so Tab walks through them; changes apply at once.
 */
export function RegisterFilterBar({
  propertyId,
  filters,
  presets,
  myDepartmentId,
  staff,
  onChange,
  onPreset,
  onReset,
}: {
  propertyId: string;
  filters: RegisterFilters;
  presets: readonly Preset[];
  myDepartmentId: string | null;
  /** Staff the handler filter can offer besides "me" (null: the caller may not list users). */
  staff: StaffOption[] | null;
  onChange(patch: Partial<RegisterFilters>): void;
  onPreset(preset: Preset): void;
  onReset(): void;
}) {
  const { t, locale } = useLocale();
  const departments = useDepartments([propertyId]);
  const preset = activePreset(filters, presets, myDepartmentId);
  const range: [Dayjs | null, Dayjs | null] = [
    filters.from ? dayjs(filters.from, DAY) : null,
    filters.to ? dayjs(filters.to, DAY) : null,
  ];
  const assigneeOptions = [
    { value: 'me', label: t('serviceRecords.filter.assigneeMe') },
    ...(staff ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="register-filters">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Segmented<Preset | 'custom'>
          value={preset ?? 'custom'}
          onChange={(value) => value !== 'custom' && onPreset(value)}
          options={presets.map((p) => ({ value: p, label: t(`serviceRecords.preset.${p}`) }))}
          aria-label={t('serviceRecords.filter.preset')}
        />
        <Flex gap={8}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            placeholder={t('serviceRecords.filter.search')}
            aria-label={t('serviceRecords.filter.search')}
            onSearch={(q) => onChange({ q: q.trim() || undefined })}
            style={{ width: 280 }}
          />
          <Button icon={<ClearOutlined />} onClick={onReset}>
            {t('common.reset')}
          </Button>
        </Flex>
      </Flex>
      <Flex gap={8} wrap align="center">
        <DatePicker.RangePicker
          value={range}
          allowEmpty={[true, true]}
          format={DAY}
          placeholder={[t('serviceRecords.filter.from'), t('serviceRecords.filter.to')]}
          aria-label={t('serviceRecords.filter.range')}
          onChange={(dates) =>
            onChange({ from: dates?.[0]?.format(DAY) ?? undefined, to: dates?.[1]?.format(DAY) ?? undefined })
          }
          style={{ width: 224 }}
        />
        <MultiFilter
          label={t('serviceRecords.filter.kind')}
          value={filters.kind}
          onChange={(kind) => onChange({ kind })}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          width={128}
        />
        <MultiFilter
          label={t('serviceRecords.filter.status')}
          value={filters.status}
          onChange={(status) => onChange({ status, open: false })}
          options={SERVICE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          width={128}
        />
        <MultiFilter
          label={t('serviceRecords.filter.severity')}
          value={filters.severity}
          onChange={(severity) => onChange({ severity })}
          options={SERVICE_SEVERITIES.map((s) => ({ value: s, label: severityLabel(t, s) }))}
          width={104}
        />
        <Select
          allowClear
          placeholder={t('serviceRecords.filter.department')}
          aria-label={t('serviceRecords.filter.department')}
          value={filters.departmentId}
          onChange={(departmentId?: string) => onChange({ departmentId })}
          loading={departments.loading}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: localName(d, locale) }))}
          style={{ width: 128 }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('serviceRecords.filter.assignee')}
          aria-label={t('serviceRecords.filter.assignee')}
          value={filters.assignee}
          onChange={(assignee?: string) => onChange({ assignee })}
          options={assigneeOptions}
          style={{ width: 116 }}
        />
        <Checkbox checked={filters.overdue} onChange={(e) => onChange({ overdue: e.target.checked })}>
          {t('serviceRecords.filter.overdue')}
        </Checkbox>
      </Flex>
    </Flex>
  );
}

/** A multiple-choice filter: placeholder and accessible name from its label, chips collapsed to fit. */
function MultiFilter<T extends string>({
  label,
  value,
  onChange,
  options,
  width,
}: {
  label: string;
  value: T[];
  onChange(value: T[]): void;
  options: { value: T; label: string }[];
  width: number;
}) {
  return (
    <Select<T[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={onChange}
      options={options}
      style={{ width }}
    />
  );
}
