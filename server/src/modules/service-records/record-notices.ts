import { SERVICE_KIND_LABELS, type ServiceKind } from '@qiantai/contracts';
import type { ServiceContext } from '../../platform/context.js';
import { publishLive } from '../../platform/events/live-publisher.js';
import { notify } from '../notifications/index.js';
import type { RecordRow } from './service-records.repository.js';

const kindZh = (kind: ServiceKind) => SERVICE_KIND_LABELS[kind]['zh-CN'];
const kindEn = (kind: ServiceKind) => SERVICE_KIND_LABELS[kind].en.toLowerCase();
const linkOf = (r: RecordRow) => `/service/records/${r.id}`;
export const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export const isMajor = (r: Pick<RecordRow, 'severity'>) =>
  r.severity === 'major' || r.severity === 'emergency';

/** A major complaint or incident reaches the manager at once (P4.3.2); they acknowledge it in the app. */
export async function noticeMajor(ctx: ServiceContext, r: RecordRow) {
  await notify(ctx, {
    propertyId: r.property_id,
    event: 'service.major',
    recipients: { roles: ['manager'] },
    urgent: true,
    title: {
      zh: `${r.severity === 'emergency' ? '紧急' : '重大'}${kindZh(r.kind)} ${r.number}`,
      en: `${r.severity === 'emergency' ? 'Emergency' : 'Major'} ${kindEn(r.kind)} ${r.number}`,
    },
    body: { zh: excerpt(r.content), en: excerpt(r.content) },
    link: linkOf(r),
    entity: { type: 'service_record', id: r.id },
  });
}

/** Work routed to a department (and perhaps one person in it). */
export async function noticeAssigned(ctx: ServiceContext, r: RecordRow) {
  if (!r.department_id && !r.assignee_user_id) return;
  await notify(ctx, {
    propertyId: r.property_id,
    event: 'service.assigned',
    recipients: r.assignee_user_id
      ? { userIds: [r.assignee_user_id] }
      : { departmentIds: [r.department_id!] },
    title: { zh: `新工单 ${r.number}（${kindZh(r.kind)}）`, en: `New ${kindEn(r.kind)} ${r.number}` },
    body: { zh: excerpt(r.content), en: excerpt(r.content) },
    link: linkOf(r),
    entity: { type: 'service_record', id: r.id },
  });
}

export async function noticeReopened(ctx: ServiceContext, r: RecordRow, why: string) {
  await notify(ctx, {
    propertyId: r.property_id,
    event: 'service.reopened',
    recipients: { roles: ['supervisor'] },
    title: { zh: `工单重新打开 ${r.number}`, en: `Record reopened ${r.number}` },
    body: { zh: excerpt(why), en: excerpt(why) },
    link: linkOf(r),
    entity: { type: 'service_record', id: r.id },
  });
}

/** Live: everyone's register refreshes; the manager's screen alerts on a new major record. */
export async function publishChange(ctx: ServiceContext, r: RecordRow, created = false) {
  await publishLive(ctx, {
    propertyId: r.property_id,
    topic: 'service.record.changed',
    permission: null,
    // Ids only: department staff get the event too and must learn nothing of records outside their queue.
    data: { id: r.id, status: r.status, departmentId: r.department_id },
  });
  if (created && isMajor(r))
    await publishLive(ctx, {
      propertyId: r.property_id,
      topic: 'service.record.major',
      permission: 'service.acknowledge',
      data: {
        id: r.id,
        number: r.number,
        kind: r.kind,
        severity: r.severity,
        customerName: r.customer_name,
        content: excerpt(r.content),
      },
    });
}
