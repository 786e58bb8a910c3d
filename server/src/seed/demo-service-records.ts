import { permissionsOf, type ServiceActionBody, type ServiceKind } from '@qiantai/contracts';
import type { Actor, ServiceContext } from '../platform/context.js';
import { listPeople } from '../modules/people/people.service.js';
import { departmentsOf } from '../modules/properties/properties.service.js';
import { applyAction } from '../modules/service-records/record-actions.service.js';
import { listFollowUps, recordFollowUp } from '../modules/service-records/follow-ups.service.js';
import { createRecord } from '../modules/service-records/record-create.service.js';
import { getRecord } from '../modules/service-records/service-records.service.js';

// A month of the desk's register for the demo: what residents really bring to a 物业客服中心, most
// of it handled and closed, the last days' still open so the queues, countdowns and follow-ups
// have something to show. Made through the register's own services on a moving clock.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Sample = [kind: ServiceKind, department: string, content: string, result: string];
const SAMPLES: Sample[] = [
  ['repair', 'engineering', '卫生间天花板渗水，楼上可能漏水', '已检查楼上防水层并修补，渗水停止'],
  ['repair', 'engineering', '厨房水龙头关不紧，一直滴水', '已更换阀芯'],
  ['repair', 'engineering', '客厅一路电源跳闸，插座无电', '漏电开关老化，已更换'],
  ['repair', 'engineering', '入户门锁芯卡住，钥匙拧不动', '已联系锁匠更换锁芯'],
  ['repair', 'cleaning', '楼道有装修垃圾未清运', '已安排清运'],
  ['complaint', 'security', '夜间有外来车辆占用业主车位', '已加强巡查并张贴告示'],
  ['complaint', 'service', '楼上装修噪音，周末早上七点就开始', '已与装修户沟通，按规定时间施工'],
  ['complaint', 'cleaning', '垃圾桶未及时清理，气味很大', '已调整清运频次为每日两次'],
  ['inquiry', 'finance', '物业费可以按季度缴纳吗？', '可以，在服务中心或 APP 均可按季度缴纳'],
  ['inquiry', 'service', '装修需要办理哪些手续？', '需提交装修申请表、图纸和施工队资质，押金 2000 元'],
  ['inquiry', 'service', '快递柜满了，快递放在哪里？', '可暂存服务中心，凭取件码领取'],
  ['suggestion', 'service', '建议小区增加电动车充电桩', '已记录，提交业委会讨论'],
  ['parking', 'security', '想办理地下车库月卡', '已办理 B1 区月卡'],
  ['certificate', 'service', '办理出入证（新租户）', '已办理出入证'],
  ['special_service', 'cleaning', '预约家庭保洁，周六上午', '已安排保洁阿姨上门'],
];

/** An action body before the version is known (Omit over each member of the union). */
type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/** Who plays each part in a property: the receptionist, the one who closes, the one who does the work. */
export interface DemoCast {
  desk: string;
  supervisor: string;
  staff: string;
  manager: string;
}

async function actorOf(ctx: ServiceContext, username: string, propertyId: string): Promise<Actor> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'department_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const roles = (
    await ctx.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()
  ).map((r) => r.role);
  return {
    userId: user.id,
    username,
    displayName: user.display_name,
    departmentId: user.department_id,
    sessionId: 'demo-seed',
    roles,
    permissions: new Set(permissionsOf(roles)),
    propertyIds: [propertyId],
  };
}

/** 08:30–16:30 at the demo properties (China Standard Time, UTC+8) on the day of `t`. */
function officeHour(t: number, i: number): number {
  const CST = 8 * HOUR;
  const dayStart = Math.floor((t + CST) / DAY) * DAY - CST;
  return dayStart + 8.5 * HOUR + ((i * 7) % 9) * HOUR;
}

/** The desk's call back: most are satisfied, a few are not (and go back to the supervisor). */
async function followUp(ctx: ServiceContext, propertyId: string, recordId: string, i: number) {
  const pending = await listFollowUps(ctx, {
    propertyId,
    due: 'all',
    status: 'pending',
    page: 1,
    pageSize: 200,
  });
  const call = pending.items.find((f) => f.recordId === recordId);
  if (!call) return;
  const satisfaction = i % 11 === 5 ? 'dissatisfied' : i % 3 === 0 ? 'satisfied' : 'very_satisfied';
  await recordFollowUp(ctx, call.id, {
    version: call.version,
    reached: true,
    satisfaction,
    comment: satisfaction === 'dissatisfied' ? '业主表示问题仍未彻底解决' : '业主表示满意',
  });
}

export async function seedDemoServiceRecords(
  base: ServiceContext,
  propertyId: string,
  cast: DemoCast,
  count: number,
): Promise<void> {
  const actors = {
    desk: await actorOf(base, cast.desk, propertyId),
    supervisor: await actorOf(base, cast.supervisor, propertyId),
    staff: await actorOf(base, cast.staff, propertyId),
    manager: await actorOf(base, cast.manager, propertyId),
  };
  const asActor = (actor: Actor, at: number): ServiceContext => ({ ...base, actor, now: () => at });
  const departments = new Map(
    (await departmentsOf(asActor(actors.desk, base.now()), propertyId)).map((d) => [d.code, d.id]),
  );
  // Pages from across the pinyin-ordered list, so the customers are not all 陈 and 崔.
  const people = [];
  for (const page of [1, 4, 7, 10])
    people.push(
      ...(await listPeople(asActor(actors.desk, base.now()), { propertyId, page, pageSize: 100 })).items,
    );
  const end = base.now();
  let last = 0;
  for (let i = 0; i < count; i++) {
    // Spread over the last 30 days, at office hours, oldest first.
    // Numbers are drawn in logging order, so the times must rise too.
    // Never in the future: today's records stop before now.
    const at = Math.min(
      Math.max(officeHour(end - (30 - (30 * i) / count) * DAY, i), last + 7 * 60_000),
      end - (count - i) * 60_000,
    );
    last = at;
    const [kind, dept, content, result] = SAMPLES[i % SAMPLES.length]!;
    const person = people[(i * 37) % people.length];
    const desk = asActor(actors.desk, at);
    const answered = (kind === 'inquiry' || kind === 'suggestion') && i % 3 !== 0;
    let r = await createRecord(desk, {
      propertyId,
      kind,
      channel: i % 3 === 0 ? 'phone' : 'walk_in',
      severity: kind === 'complaint' && i % 10 === 6 ? 'major' : 'general',
      categoryId: null,
      customerPersonId: person?.id ?? null,
      customerName: person ? '' : '访客',
      customerPhone: '',
      customerLanguage: '',
      unitId: person?.units[0]?.unitId ?? null,
      content,
      departmentId: answered ? null : (departments.get(dept) ?? null),
      assigneeUserId: null,
      answeredAtDesk: answered,
      result: answered ? result : '',
    });
    if (answered) continue;
    const age = end - at;
    const step = async (actor: Actor, later: number, body: WithoutVersion<ServiceActionBody>) => {
      const done = await applyAction(asActor(actor, at + later), r.id, {
        ...body,
        version: r.version,
      } as ServiceActionBody);
      r = done.record;
    };
    if (r.severity === 'major')
      await step(actors.manager, 0.2 * HOUR, { action: 'acknowledge', comment: '已知悉，请尽快处理' });
    // Department work is done by the department's own staff where the demo has them.
    const worker = dept === 'engineering' ? actors.staff : actors.supervisor;
    if (age < 6 * HOUR) continue; // the last hours' records are still new
    await step(worker, 0.3 * HOUR, { action: 'accept', comment: '' });
    if (age < 2 * DAY) continue; // recent ones are being worked on
    await step(worker, 4 * HOUR, { action: 'complete', result });
    if (age < 4 * DAY || !['repair', 'complaint'].includes(kind)) {
      if (!['repair', 'complaint'].includes(kind))
        await step(actors.supervisor, 1 * DAY, { action: 'close', comment: '' });
      continue;
    }
    await followUp(asActor(actors.desk, at + 2 * DAY), propertyId, r.id, i);
    r = (await getRecord(asActor(actors.supervisor, at + 3 * DAY), r.id)).record;
    if (r.status === 'followed_up' && i % 2 === 0)
      await step(actors.supervisor, 3 * DAY, { action: 'close', comment: '回访满意，归档' });
  }
}
