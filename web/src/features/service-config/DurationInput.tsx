import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';

const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

/** The largest unit the minutes divide into exactly: 1440 shows as 1 day, 90 as 90 minutes. */
const unitFor = (minutes: number | null | undefined): Unit =>
  !minutes ? 'minutes' : minutes % 1440 === 0 ? 'days' : minutes % 60 === 0 ? 'hours' : 'minutes';

/** A duration typed as a number and a unit; the form value is in minutes, as the API takes it. */
export function DurationInput({
  id,
  value,
  onChange,
  min = 1,
}: {
  id?: string;
  value?: number | null;
  onChange?(minutes: number | null): void;
  min?: number;
}) {
  const t = useT();
  const [unit, setUnit] = useState<Unit>(unitFor(value));
  const shown = value == null ? null : value / UNITS[unit];
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        id={id}
        min={min / UNITS[unit]}
        precision={unit === 'minutes' ? 0 : undefined}
        value={shown}
        onChange={(n) => onChange?.(n == null ? null : Math.round(Number(n) * UNITS[unit]))}
        style={{ width: '100%' }}
      />
      <Select<Unit>
        value={unit}
        onChange={setUnit}
        style={{ width: 110 }}
        options={(Object.keys(UNITS) as Unit[]).map((u) => ({
          value: u,
          label: t(`serviceConfig.unit.${u}`),
        }))}
      />
    </Space.Compact>
  );
}
