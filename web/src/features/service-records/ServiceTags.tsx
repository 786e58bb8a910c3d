import { Tag } from 'antd';
import type { Satisfaction, ServiceKind, ServiceSeverity, ServiceStatus } from '@qiantai/contracts';
import { useT } from '../../app/i18n/locale-context';
import {
  kindLabel,
  SATISFACTION_COLOURS,
  satisfactionLabel,
  SEVERITY_COLOURS,
  severityLabel,
  STATUS_COLOURS,
  statusLabel,
} from './service-labels';

const tight = { marginInlineEnd: 0 } as const;

export function StatusTag({ status }: { status: ServiceStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOURS[status]} style={tight} data-testid="service-status">
      {statusLabel(t, status)}
    </Tag>
  );
}

/** Only major and emergency records carry a severity tag: "general" is the normal case, not news. */
export function SeverityTag({ severity, always = false }: { severity: ServiceSeverity; always?: boolean }) {
  const t = useT();
  if (severity === 'general' && !always) return null;
  return (
    <Tag color={SEVERITY_COLOURS[severity]} variant="solid" style={tight}>
      {severityLabel(t, severity)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: ServiceKind }) {
  const t = useT();
  return (
    <Tag variant="outlined" style={tight}>
      {kindLabel(t, kind)}
    </Tag>
  );
}

export function SatisfactionTag({ level }: { level: Satisfaction }) {
  const t = useT();
  return (
    <Tag color={SATISFACTION_COLOURS[level]} style={tight}>
      {satisfactionLabel(t, level)}
    </Tag>
  );
}
