import { useState } from 'react';
import { Select } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import { useApiQuery } from '../../lib/use-api-query';
import { directoryApi } from './directory-api';
import { usePropertyId } from './use-property-id';

interface Props {
  value?: string | null;
  onChange?(value: string | null): void;
  id?: string;
  /** Shown for the current value before any search (the name or code the record already has). */
  initialLabel?: string | null;
  allowClear?: boolean;
}

/** Pick a person of the current property by typing a name, pinyin or phone tail. */
export function PersonSelect({ value, onChange, id, initialLabel, allowClear }: Props) {
  const t = useT();
  const propertyId = usePropertyId();
  const [q, setQ] = useState('');
  const found = useApiQuery(`person-select:${propertyId}:${q}`, () =>
    propertyId && q ? directoryApi.people({ propertyId, q, pageSize: 20 }) : Promise.resolve(null),
  );
  const options = (found.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}${p.units[0] ? ` · ${p.units[0].unitCode}` : ''}${p.mobile ? ` · ${p.mobile}` : ''}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      loading={found.loading && Boolean(q)}
      placeholder={t('directory.select.person')}
      notFoundContent={q ? t('directory.select.none') : t('directory.select.typeToSearch')}
    />
  );
}

/** Pick a unit of the current property by typing its code (3-2-1502 or 3栋2单元1502). */
export function UnitSelect({ value, onChange, id, initialLabel, allowClear }: Props) {
  const t = useT();
  const propertyId = usePropertyId();
  const [q, setQ] = useState('');
  const found = useApiQuery(`unit-select:${propertyId}:${q}`, () =>
    propertyId && q ? directoryApi.units({ propertyId, q, pageSize: 20 }) : Promise.resolve(null),
  );
  const options = (found.data?.items ?? []).map((u) => ({ value: u.id, label: u.code }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      loading={found.loading && Boolean(q)}
      placeholder={t('directory.select.unit')}
      notFoundContent={q ? t('directory.select.none') : t('directory.select.typeToSearch')}
    />
  );
}
