import { useState } from 'react';
import { Select } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import type { MessageKey } from '../../app/i18n/catalogues';
import { useApiQuery } from '../../lib/use-api-query';
import { directoryApi } from './directory-api';
import { usePropertyId } from '../common/use-property-id';

interface Props {
  value?: string | null;
  onChange?(value: string | null): void;
  id?: string;
  /** Shown for the current value before any search (the name or code the record already has). */
  initialLabel?: string | null;
  allowClear?: boolean;
}

type Option = { value: string; label: string };

/** A select of the current property's records, searched on the server as the user types. */
function SearchSelect({
  value,
  onChange,
  id,
  initialLabel,
  allowClear,
  kind,
  search,
  placeholder,
}: Props & {
  kind: string;
  search(propertyId: string, q: string): Promise<Option[]>;
  placeholder: MessageKey;
}) {
  const t = useT();
  const propertyId = usePropertyId();
  const [q, setQ] = useState('');
  const found = useApiQuery(`${kind}-select:${propertyId}:${q}`, () =>
    propertyId && q ? search(propertyId, q) : Promise.resolve(null),
  );
  const options = [...(found.data ?? [])];
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
      placeholder={t(placeholder)}
      notFoundContent={q ? t('directory.select.none') : t('directory.select.typeToSearch')}
    />
  );
}

const searchPeople = async (propertyId: string, q: string) =>
  (await directoryApi.people({ propertyId, q, pageSize: 20 })).items.map((p) => ({
    value: p.id,
    label: `${p.name}${p.units[0] ? ` · ${p.units[0].unitCode}` : ''}${p.mobile ? ` · ${p.mobile}` : ''}`,
  }));

const searchUnits = async (propertyId: string, q: string) =>
  (await directoryApi.units({ propertyId, q, pageSize: 20 })).items.map((u) => ({
    value: u.id,
    label: u.code,
  }));

/** Pick a person of the current property by typing a name, pinyin or phone tail. */
export function PersonSelect(props: Props) {
  return (
    <SearchSelect {...props} kind="person" search={searchPeople} placeholder="directory.select.person" />
  );
}

/** Pick a unit of the current property by typing its code (3-2-1502 or 3栋2单元1502). */
export function UnitSelect(props: Props) {
  return <SearchSelect {...props} kind="unit" search={searchUnits} placeholder="directory.select.unit" />;
}
