import { Badge, Tooltip } from 'antd';
import { useT } from '../i18n/locale-context';
import type { LiveStatus } from '../live/use-live-events';

const BADGE = { connected: 'success', connecting: 'processing', reconnecting: 'warning' } as const;

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const t = useT();
  const label = t(`shell.live.${status}`);
  return (
    <Tooltip title={label}>
      <span data-testid="live-status" data-status={status} style={{ whiteSpace: 'nowrap' }}>
        <Badge status={BADGE[status]} text={label} />
      </span>
    </Tooltip>
  );
}
