import { useState, type KeyboardEvent, type Ref } from 'react';
import { AutoComplete, Input, Spin, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { SearchResult } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { lookupEmpty, lookupOptions, optionValue } from '../lookup/lookup-dropdown';
import { useDeskLookup } from '../lookup/use-desk-lookup';

/** What looks like a phone number rather than a name (digits, spaces, dashes, a leading +). */
const PHONE_LIKE = /^\+?[\d\s-]{3,}$/;

interface Props {
  propertyId: string | null;
  inputRef: Ref<InputRef>;
  onPick(result: SearchResult): void;
  /** Enter on a query nothing matched: the caller is not in the directory; keep what was typed. */
  onUnknown(typed: { name: string } | { phone: string }): void;
  /** Enter on an empty box: on to the caller's name. */
  onSkip(): void;
}

/** The desk lookup (name, pinyin, phone tail, unit, plate) picking the customer instead of navigating. */
export function CustomerSearch({ propertyId, inputRef, onPick, onUnknown, onSkip }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const { results, answered, loading, error } = useDeskLookup(propertyId ?? undefined, text);
  const q = text.trim();
  const settled = !loading && answered === q;

  // A car without a known owner is no customer to log a record for.
  const customers = results.filter((r) => r.type !== 'vehicle' || r.personId);
  const options = lookupOptions(t, customers, answered);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!q) {
      event.preventDefault();
      onSkip();
    } else if (settled && options.length === 0) {
      event.preventDefault();
      onUnknown(PHONE_LIKE.test(q) ? { phone: q.replace(/[\s-]/g, '') } : { name: q });
      setText('');
    }
  };

  const empty = lookupEmpty(t, {
    typed: q !== '',
    settled,
    error,
    hint: t('serviceDesk.customer.notFoundHint'),
  });

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => {
        const chosen = results.find((r) => optionValue(r) === value);
        setText('');
        if (chosen) onPick(chosen);
      }}
      notFoundContent={empty}
      defaultActiveFirstOption
      popupMatchSelectWidth={460}
      listHeight={360}
      style={{ width: '100%' }}
      data-testid="desk-customer-search"
    >
      <Input
        ref={inputRef}
        size="large"
        allowClear
        autoFocus
        onKeyDown={onKeyDown}
        aria-label={t('serviceDesk.customer.search')}
        placeholder={t('serviceDesk.customer.searchPlaceholder')}
        prefix={<SearchOutlined style={{ color: '#8c8c8c' }} />}
        suffix={loading ? <Spin size="small" /> : undefined}
      />
    </AutoComplete>
  );
}
