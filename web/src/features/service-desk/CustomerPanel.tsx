import type { Ref } from 'react';
import { Alert, Button, Flex, type InputRef } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import type { SearchResult } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { CallerFields } from './CallerFields';
import { CustomerSearch } from './CustomerSearch';
import { PersonSummary, UnitSummary } from './CustomerSummary';
import { OpenRecords } from './OpenRecords';
import type { DeskCustomerState } from './use-desk-customer';

interface Props {
  state: DeskCustomerState;
  /** The desk's current property: where the search looks. */
  propertyId: string | null;
  searchRef: Ref<InputRef>;
  onPick(result: SearchResult): void;
  onUnknown(typed: { name: string } | { phone: string }): void;
  onSkip(): void;
  onChange(): void;
}

/** Who is at the desk: found in the directory, a unit without a known caller, or a caller by name. */
export function CustomerPanel({ state, propertyId, searchRef, onPick, onUnknown, onSkip, onChange }: Props) {
  const t = useT();
  const { customer } = state;

  return (
    <div>
      {customer.type === 'none' ? (
        <CustomerSearch
          propertyId={propertyId}
          inputRef={searchRef}
          onPick={onPick}
          onUnknown={onUnknown}
          onSkip={onSkip}
        />
      ) : (
        <Flex justify="space-between" align="flex-start" gap={12}>
          {customer.type === 'person' ? <PersonSummary state={state} /> : <UnitSummary state={state} />}
          <Button icon={<SwapOutlined />} onClick={onChange} data-testid="desk-customer-change">
            {t('serviceDesk.customer.change')}
          </Button>
        </Flex>
      )}
      {state.error && <Alert type="error" showIcon title={state.error.message} style={{ marginTop: 12 }} />}
      {customer.type !== 'person' && <CallerFields />}
      {customer.type === 'person' && (
        <OpenRecords propertyId={customer.card.person.propertyId} personId={customer.card.person.id} />
      )}
      {customer.type === 'unit' && (
        <OpenRecords propertyId={customer.unit.propertyId} unitId={customer.unit.id} />
      )}
    </div>
  );
}
