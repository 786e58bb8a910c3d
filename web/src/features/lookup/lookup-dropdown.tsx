import type { ReactNode } from 'react';
import { Empty, Spin, Typography } from 'antd';
import type { SearchResult } from '@qiantai/contracts';
import type { Translate } from '../../app/i18n/catalogues';
import { LookupResultRow } from './LookupResultRow';

// What the lookup's drop-down shows, shared by the header box (which opens what is picked) and the
// desk screen's customer search (which picks a customer): results grouped person → unit → vehicle,
// and a waiting, error or nothing-found state in the place of the list.

const GROUP_ORDER: SearchResult['type'][] = ['person', 'unit', 'vehicle'];

export const optionValue = (r: SearchResult) => `${r.type}:${r.id}`;

export function lookupOptions(t: Translate, results: SearchResult[], answered: string) {
  return GROUP_ORDER.map((type) => ({
    label: t(`lookup.group.${type}`),
    options: results
      .filter((r) => r.type === type)
      .map((r) => ({ value: optionValue(r), label: <LookupResultRow result={r} query={answered} /> })),
  })).filter((group) => group.options.length > 0);
}

/** In the list's place: nothing while nothing is typed, a spinner until the answer, then why it is empty. */
export function lookupEmpty(
  t: Translate,
  state: { typed: boolean; settled: boolean; error: Error | null; hint: ReactNode },
): ReactNode {
  if (!state.typed) return null;
  if (!state.settled) return <Spin size="small" style={{ display: 'block', padding: 12 }} />;
  if (state.error)
    return (
      <Typography.Text type="danger" style={{ display: 'block', padding: 12 }}>
        {state.error.message}
      </Typography.Text>
    );
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div>{t('lookup.empty')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {state.hint}
          </Typography.Text>
        </>
      }
    />
  );
}
