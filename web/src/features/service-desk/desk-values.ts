import type { ServiceChannel, ServiceKind, ServiceSeverity } from '@qiantai/contracts';

/** What the desk form holds; the customer picked from the directory is kept beside it. */
export interface DeskValues {
  customerName: string;
  customerPhone: string;
  channel: ServiceChannel;
  kind: ServiceKind;
  severity: ServiceSeverity;
  categoryId: string | null;
  content: string;
  answeredAtDesk: boolean;
  result: string;
  departmentId: string | null;
}

export const DESK_DEFAULTS: DeskValues = {
  customerName: '',
  customerPhone: '',
  channel: 'walk_in',
  kind: 'inquiry',
  severity: 'general',
  categoryId: null,
  content: '',
  answeredAtDesk: false,
  result: '',
  departmentId: null,
};
