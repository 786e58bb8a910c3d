import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD';

/** A date picker whose form value is the calendar date as the API takes it: "2026-05-01" or null. */
export function DateField({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string | null;
  onChange?(value: string | null): void;
  id?: string;
  'aria-label'?: string;
}) {
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      format={FORMAT}
      value={value ? dayjs(value, FORMAT) : null}
      onChange={(d) => onChange?.(d ? d.format(FORMAT) : null)}
      style={{ width: '100%' }}
    />
  );
}
