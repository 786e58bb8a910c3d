import { Flex, Select, Typography } from 'antd';
import { clockTime } from './config-format';

// Quarter hours from 00:00 to 24:00: office hours are set in steps like 08:30, 13:45.
const TIMES = Array.from({ length: 97 }, (_, i) => ({ value: i * 15, label: clockTime(i * 15) }));

/** One working period, from–to, as [startMinute, endMinute] after local midnight. */
export function PeriodInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: [number, number];
  onChange?(value: [number, number]): void;
}) {
  const [start, end] = value ?? [510, 720];
  return (
    <Flex align="center" gap={4}>
      <Select
        id={id}
        value={start}
        onChange={(s) => onChange?.([s, end])}
        options={TIMES}
        style={{ width: 88 }}
      />
      <Typography.Text type="secondary">–</Typography.Text>
      <Select value={end} onChange={(e) => onChange?.([start, e])} options={TIMES} style={{ width: 88 }} />
    </Flex>
  );
}
