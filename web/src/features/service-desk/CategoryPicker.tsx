import { TreeSelect } from 'antd';
import type { ServiceCategory, ServiceKind } from '@qiantai/contracts';
import { useLocale } from '../../app/i18n/locale-context';
import { categoryTree } from './categories';

interface Props {
  id?: string;
  value?: string | null;
  onChange?(value: string | null): void;
  categories: readonly ServiceCategory[];
  kind: ServiceKind;
  placeholder: string;
}

/** An optional category of the chosen kind, searchable by typing. */
export function CategoryPicker({ id, value, onChange, categories, kind, placeholder }: Props) {
  const { locale } = useLocale();
  const tree = categoryTree(categories, kind, locale === 'en');
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      treeData={tree}
      showSearch
      treeNodeFilterProp="search"
      treeDefaultExpandAll
      allowClear
      disabled={tree.length === 0}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
