import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { AutoComplete, Input, Spin, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SearchResult } from '@qiantai/contracts';
import { allows } from '../../app/auth/allows';
import { useMe } from '../../app/auth/auth-context';
import { useFeatureSlots } from '../../app/features/feature-slots';
import { useT } from '../../app/i18n/locale-context';
import { useCurrentProperty } from '../../app/property/property-context';
import { lookupEmpty, lookupOptions } from './lookup-dropdown';
import { lookupTarget } from './lookup-target';
import { useDeskLookup } from './use-desk-lookup';

/** Focus from anywhere with "/" (unless typing in a field) or Ctrl/⌘+K, as in most search boxes. */
function useFocusShortcut(focus: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (ctrlK || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focus]);
}

/** The one box in the header: a name, pinyin, initials, phone tail, unit or plate, and Enter. */
export function DeskLookup() {
  const t = useT();
  const navigate = useNavigate();
  const { current } = useCurrentProperty();
  const [text, setText] = useState('');
  const input = useRef<InputRef>(null);
  const focus = useRef(() => input.current?.focus({ cursor: 'all' })).current;
  useFocusShortcut(focus);
  const { results, answered, loading, error } = useDeskLookup(current?.id, text);
  // Alt+Enter on the highlighted result does another feature's action instead of opening its card
  // (the desk screen for it, when the user may log service records).
  const { permissions } = useMe();
  const action = useFeatureSlots().lookupActions.find((a) => allows(a.permission, permissions));
  const active = useRef<string | null>(null);
  const loggedInstead = useRef(false);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    loggedInstead.current = false;
    if (!action || event.key !== 'Enter' || !event.altKey) return;
    const chosen = results.find((r) => `${r.type}:${r.id}` === active.current);
    const target = chosen && action.target(chosen);
    if (!target) return;
    event.preventDefault();
    loggedInstead.current = true; // the list picks the option on this same Enter: let it not navigate
    navigate(target);
    setText('');
    input.current?.blur();
  };

  const open = (result: SearchResult) => {
    navigate(lookupTarget(result));
    setText('');
    input.current?.blur();
  };

  const options = lookupOptions(t, results, answered);
  const empty = lookupEmpty(t, {
    typed: text.trim() !== '',
    settled: !loading && answered === text.trim(),
    error,
    hint: t('lookup.emptyHint'),
  });

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => !loggedInstead.current && setText(value)}
      onActive={(value: string) => (active.current = value)}
      popupRender={(menu) => (
        <>
          {menu}
          {action && results.length > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px', fontSize: 12 }}>
              {t(action.hint)}
            </Typography.Text>
          )}
        </>
      )}
      onSelect={(value: string) => {
        if (loggedInstead.current) return;
        const chosen = results.find((r) => `${r.type}:${r.id}` === value);
        if (chosen) open(chosen);
      }}
      notFoundContent={empty}
      defaultActiveFirstOption
      popupMatchSelectWidth={460}
      listHeight={420}
      // The header's tall line height would otherwise stretch the box.
      style={{ width: 'min(420px, 40vw)', lineHeight: 'normal' }}
      data-testid="desk-lookup"
    >
      <Input
        ref={input}
        onKeyDown={onKeyDown}
        allowClear
        aria-label={t('lookup.label')}
        placeholder={t('lookup.placeholder')}
        prefix={<SearchOutlined style={{ color: '#8c8c8c' }} />}
        suffix={
          loading ? (
            <Spin size="small" />
          ) : (
            <span style={{ color: '#8c8c8c', fontSize: 12, whiteSpace: 'nowrap' }}>
              <kbd style={kbd}>/</kbd> <kbd style={kbd}>Ctrl K</kbd>
            </span>
          )
        }
      />
    </AutoComplete>
  );
}

const kbd = {
  border: '1px solid #d9d9d9',
  borderBottomWidth: 2,
  borderRadius: 4,
  padding: '0 4px',
  fontSize: 11,
  fontFamily: 'inherit',
  background: '#fafafa',
};
