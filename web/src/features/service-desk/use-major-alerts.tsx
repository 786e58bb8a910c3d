import { useCallback, useEffect, useMemo, useRef } from 'react';
import { App, Button, Space, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import {
  FINAL_STATUSES,
  type ServiceKind,
  type ServiceRecord,
  type ServiceSeverity,
} from '@qiantai/contracts';
import { useCan } from '../../app/auth/auth-context';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { localName } from '../../app/i18n/property-name';
import type { LiveHandlers, LiveTopics } from '../../app/live/use-live-events';
import { useCurrentProperty } from '../../app/property/property-context';
import { ApiError } from '../../lib/api';
import { recordPath } from './desk-paths';
import { serviceDeskApi } from './service-desk-api';

/** What an alert shows: the 'service.record.major' event's summary, or a fetched record (with its unit). */
export interface MajorAlert {
  id: string;
  propertyId: string;
  number: string;
  kind: ServiceKind;
  severity: ServiceSeverity;
  customerName: string;
  unitCode: string | null;
  content: string;
}

const fromEvent = (propertyId: string, summary: LiveTopics['service.record.major']): MajorAlert => ({
  ...summary,
  propertyId,
  unitCode: null,
});

/** A 409 for a version that moved on carries the current one (platform/errors.ts staleVersion). */
const isStale = (e: unknown) =>
  e instanceof ApiError &&
  e.code === 'CONFLICT' &&
  typeof (e.details as { currentVersion?: unknown } | null)?.currentVersion === 'number';

const keyOf = (id: string) => `service-major:${id}`;
/** At most this many alerts are raised from the backlog on load; the register lists the rest. */
const BACKLOG_LIMIT = 5;

const fromRecord = (r: ServiceRecord): MajorAlert => ({
  id: r.id,
  propertyId: r.propertyId,
  number: r.number,
  kind: r.kind,
  severity: r.severity,
  customerName: r.customerName,
  unitCode: r.unitCode,
  content: r.content,
});

/**
 * The manager's live alert of a major complaint or incident: a notification that stays until someone
 * acknowledges the record (here, on the record page, or another manager — then it goes away by itself).
 * Unacknowledged ones are also fetched on load, so an alert missed while offline is not lost. Returns the
 * live-event handlers for the shell's one event stream.
 */
export function useMajorAlerts(): LiveHandlers {
  const t = useT();
  const { notification, message } = App.useApp();
  const navigate = useNavigate();
  const enabled = useCan('service.acknowledge');
  const { properties } = useCurrentProperty();
  const { locale } = useLocale();
  // Which property, for someone who holds more than one (a manager over several estates).
  const propertyName = useCallback(
    (id: string) => {
      const p = properties.length > 1 ? properties.find((x) => x.id === id) : undefined;
      return p ? localName(p, locale) : '';
    },
    [properties, locale],
  );
  const shown = useRef(new Set<string>());

  const close = useCallback(
    (id: string) => {
      shown.current.delete(id);
      notification.destroy(keyOf(id));
    },
    [notification],
  );

  const acknowledge = useCallback(
    async (id: string) => {
      try {
        for (let attempt = 0; ; attempt++) {
          const { record } = await serviceDeskApi.record(id);
          if (record.acknowledgedAt !== null) {
            message.info(t('serviceDesk.major.already', { name: record.acknowledgedByName ?? '' }));
            break;
          }
          try {
            await serviceDeskApi.acknowledge(id, record.version);
            message.success(t('serviceDesk.major.acknowledged', { number: record.number }));
            break;
          } catch (e) {
            // Someone changed the record meanwhile: read it again once and retry with its new version.
            if (!(isStale(e) && attempt === 0)) throw e;
          }
        }
        close(id);
      } catch (e) {
        message.error(e instanceof Error ? e.message : String(e));
      }
    },
    [close, message, t],
  );

  const show = useCallback(
    (alert: MajorAlert) => {
      if (shown.current.has(alert.id)) return;
      shown.current.add(alert.id);
      const title =
        alert.kind === 'complaint'
          ? t('serviceDesk.major.complaint')
          : alert.severity === 'emergency'
            ? t('serviceDesk.major.emergency')
            : t('serviceDesk.major.incident');
      notification.error({
        key: keyOf(alert.id),
        duration: false,
        placement: 'topRight',
        icon: <AlertOutlined style={{ color: '#cf1322' }} />,
        style: { borderInlineStart: '4px solid #cf1322' },
        props: { 'data-testid': 'major-alert' },
        role: 'alert',
        title: `${title} · ${alert.number}`,
        description: (
          <div>
            {propertyName(alert.propertyId) && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {propertyName(alert.propertyId)}
              </Typography.Text>
            )}
            <Typography.Text strong>
              {t(`service.kind.${alert.kind}`)} · {t(`service.severity.${alert.severity}`)}
              {alert.unitCode ? ` · ${alert.unitCode}` : ''}
              {alert.customerName ? ` · ${alert.customerName}` : ''}
            </Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '4px 0 0' }}>
              {alert.content}
            </Typography.Paragraph>
          </div>
        ),
        actions: (
          <Space>
            <Button size="small" onClick={() => navigate(recordPath(alert.id))}>
              {t('serviceDesk.major.open')}
            </Button>
            <Button size="small" type="primary" danger onClick={() => void acknowledge(alert.id)}>
              {t('serviceDesk.major.acknowledge')}
            </Button>
          </Space>
        ),
        onClose: () => shown.current.delete(alert.id),
      });
    },
    [acknowledge, navigate, notification, t, propertyName],
  );

  // The backlog: unacknowledged major records still open in each of my properties.
  const propertyIds = properties.map((p) => p.id).join(',');
  useEffect(() => {
    if (!enabled || !propertyIds) return;
    let cancelled = false;
    void Promise.all(propertyIds.split(',').map((id) => serviceDeskApi.openMajor(id).catch(() => null))).then(
      (pages) => {
        if (cancelled) return;
        pages
          .flatMap((page) => page?.items ?? [])
          .filter((r) => r.acknowledgedAt === null)
          .sort((a, b) => b.createdAt - a.createdAt)
          .slice(0, BACKLOG_LIMIT)
          .forEach((r) => show(fromRecord(r)));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, propertyIds, show]);

  return useMemo<LiveHandlers>(() => {
    if (!enabled) return {};
    return {
      // The event carries a summary; the record itself adds the unit and the current state.
      'service.record.major': (event) => {
        const summary = fromEvent(event.propertyId, event.data);
        void serviceDeskApi.record(summary.id).then(
          ({ record }) => record.acknowledgedAt === null && show(fromRecord(record)),
          () => show(summary),
        );
      },
      // Acknowledged elsewhere, or closed: the alert has done its work.
      'service.record.changed': ({ data: { id } }) => {
        if (!shown.current.has(id)) return;
        void serviceDeskApi.record(id).then(
          ({ record }) => {
            if (record.acknowledgedAt !== null || FINAL_STATUSES.includes(record.status)) close(id);
          },
          () => undefined,
        );
      },
    };
  }, [enabled, show, close]);
}
