import type { KeyboardEvent } from 'react';
import { Radio } from 'antd';
import { SERVICE_KINDS, type ServiceKind } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { digitOf, kindOfDigit } from './kind-keys';

interface Props {
  value?: ServiceKind;
  onChange?(kind: ServiceKind): void;
  /** After a digit picked a kind: the page moves on to the content. */
  onPicked?(): void;
}

/** Kinds as buttons numbered 1–9; with the group focused, a digit picks its kind. */
export function KindPicker({ value, onChange, onPicked }: Props) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const kind = kindOfDigit(digitOf(event) ?? 0);
    if (!kind) return;
    event.preventDefault();
    onChange?.(kind);
    onPicked?.();
  };
  return (
    <div onKeyDown={onKeyDown}>
      <Radio.Group
        value={value}
        onChange={(e) => onChange?.(e.target.value as ServiceKind)}
        optionType="button"
        buttonStyle="solid"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
        options={SERVICE_KINDS.map((kind, i) => ({
          value: kind,
          label: (
            <span data-testid={`desk-kind-${kind}`}>
              <span style={digitStyle}>{i + 1}</span>
              {t(`service.kind.${kind}`)}
            </span>
          ),
        }))}
      />
    </div>
  );
}

const digitStyle = { fontSize: 11, opacity: 0.6, marginInlineEnd: 6, fontVariantNumeric: 'tabular-nums' };
