import type { ReactNode } from 'react';
import { Typography } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  PauseCircleOutlined,
} from '@ant-design/icons';
import type { ServiceRecord } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import { deadlineState, describeDeadline, type DeadlineTone, type DeadlineWhich } from './deadlines';

const LOOK: Record<DeadlineTone, { colour?: string; icon?: ReactNode; strong?: boolean }> = {
  danger: { colour: '#cf1322', icon: <ExclamationCircleOutlined />, strong: true },
  warning: { colour: '#d46b08', icon: <ClockCircleOutlined />, strong: true },
  paused: { colour: '#8c8c8c', icon: <PauseCircleOutlined /> },
  ok: { icon: <ClockCircleOutlined /> },
  met: { colour: '#389e0d', icon: <CheckCircleOutlined /> },
  none: { colour: '#8c8c8c' },
};

/** One deadline of a record in words, coloured by urgency: red when breached, grey while paused. */
export function DeadlineCountdown({
  record,
  which,
  now,
}: {
  record: ServiceRecord;
  which: DeadlineWhich;
  now: number;
}) {
  const t = useT();
  const { text, tone } = describeDeadline(t, deadlineState(record, which, now));
  const look = LOOK[tone];
  return (
    <Typography.Text
      strong={look.strong}
      style={{ color: look.colour, whiteSpace: 'nowrap' }}
      data-testid={`deadline-${which}`}
      data-tone={tone}
    >
      {look.icon} {text}
    </Typography.Text>
  );
}
