import { Badge, Grid, Tooltip } from 'antd';
import { useT } from '../i18n/locale-context';
import type { LiveStatus } from '../live/use-live-events';

const BADGE = { connected: 'success', connecting: 'processing', reconnecting: 'warning' } as const;

/**
 * The live connection's state. On narrower screens a healthy connection is only a green dot (its
 * words in the tooltip), leaving the header room for the lookup box; trouble is always spelled out.
 */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const label = t(`shell.live.${status}`);
  const spelledOut = status !== 'connected' || screens.xxl === true;
  return (
    <Tooltip title={label}>
      <span
        data-testid="live-status"
        data-status={status}
        aria-label={label}
        style={{ whiteSpace: 'nowrap' }}
      >
        <Badge status={BADGE[status]} text={spelledOut ? label : undefined} />
      </span>
    </Tooltip>
  );
}
