import { useState, type KeyboardEvent, type Ref } from 'react';
import { AutoComplete, Empty, Input, Spin, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { SearchResult } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { LookupResultRow } from '../lookup/LookupResultRow';
import { useDeskLookup } from '../lookup/use-desk-lookup';

const GROUP_ORDER: SearchResult['type'][] = ['person', 'unit', 'vehicle'];
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

  const options = GROUP_ORDER.map((type) => ({
    label: t(`lookup.group.${type}`),
    options: results
      .filter((r) => r.type === type && (r.type !== 'vehicle' || r.personId))
      .map((r) => ({ value: `${r.type}:${r.id}`, label: <LookupResultRow result={r} query={answered} /> })),
  })).filter((group) => group.options.length > 0);

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

  const empty = !q ? null : !settled ? (
    <Spin size="small" style={{ display: 'block', padding: 12 }} />
  ) : error ? (
    <Typography.Text type="danger" style={{ display: 'block', padding: 12 }}>
      {error.message}
    </Typography.Text>
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div>{t('lookup.empty')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('serviceDesk.customer.notFoundHint')}
          </Typography.Text>
        </>
      }
    />
  );

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => {
        const chosen = results.find((r) => `${r.type}:${r.id}` === value);
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
