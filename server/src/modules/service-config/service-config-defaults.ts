import type { HolidayKind, PhraseStage, Role, ServiceKind, ServiceSeverity } from '@qiantai/contracts';
import type { BusinessCalendar } from './business-time.js';

// What a new property's service register starts with. Everything here is editable on the
// configuration page (/service/config); these are defaults from common practice, not rules.

type Department = 'service' | 'engineering' | 'security' | 'cleaning' | 'finance';

export interface CategoryDefault {
  name: string;
  nameEn: string;
  department?: Department;
  children?: CategoryDefault[];
}

const c = (name: string, nameEn: string, department?: Department, children?: CategoryDefault[]) => ({
  name,
  nameEn,
  department,
  children,
});

/**
 * The category tree per kind (kind → group → item, three levels at most). A child without its own
 * department goes where its group goes. Cleaning and greening are paid or on-request services of
 * the property (上门保洁, 绿化养护), so they sit under 特约服务; the standard departments have no
 * greening team, so greening goes to the cleaning department, as in most small properties.
 */
export const DEFAULT_CATEGORIES: Record<ServiceKind, CategoryDefault[]> = {
  repair: [
    c('水电', 'Water & electricity', 'engineering', [
      c('漏水', 'Leak'),
      c('爆管', 'Burst pipe'),
      c('停电', 'Power cut'),
      c('水压', 'Water pressure'),
    ]),
    c('门窗', 'Doors & windows', 'engineering'),
    c('电梯', 'Elevators', 'engineering', [c('困人', 'Person trapped'), c('故障', 'Fault')]),
    c('消防与燃气', 'Fire & gas', 'security', [c('火警', 'Fire alarm'), c('燃气泄漏', 'Gas leak')]),
    c('公共设施', 'Public facilities', 'engineering'),
  ],
  complaint: [
    c('服务态度', 'Staff attitude', 'service'),
    c('噪音', 'Noise', 'security'),
    c('环境卫生', 'Cleanliness', 'cleaning'),
    c('停车', 'Parking', 'security'),
    c('维修质量', 'Repair quality', 'engineering'),
    c('收费', 'Charges', 'finance'),
  ],
  suggestion: [c('服务改进', 'Service', 'service'), c('设施改善', 'Facilities', 'engineering')],
  inquiry: [
    c('收费', 'Fees & charges', 'finance'),
    c('装修', 'Renovation', 'engineering'),
    c('证件办理', 'Certificates & passes', 'service'),
    c('停车', 'Parking', 'security'),
    c('其他', 'Other', 'service'),
  ],
  move_in: [
    c('交房验收', 'Handover inspection', 'engineering'),
    c('入伙手续', 'Move-in formalities', 'service'),
  ],
  parking: [
    c('车位租售', 'Space rental & sale', 'finance'),
    c('月卡办理', 'Monthly pass', 'security'),
    c('违停', 'Illegal parking', 'security'),
  ],
  follow_up: [c('维修回访', 'Repair follow-up', 'service'), c('投诉回访', 'Complaint follow-up', 'service')],
  special_service: [
    c('保洁', 'Cleaning', 'cleaning', [
      c('家政保洁', 'Home cleaning'),
      c('开荒保洁', 'Post-renovation cleaning'),
    ]),
    c('绿化', 'Greening', 'cleaning', [c('花木养护', 'Plant care'), c('修剪', 'Pruning')]),
    c('家电维修', 'Appliance repair', 'engineering'),
  ],
  certificate: [
    c('出入证', 'Access pass', 'security'),
    c('装修许可证', 'Renovation permit', 'engineering'),
    c('车辆通行证', 'Vehicle pass', 'security'),
  ],
};

export interface SlaDefault {
  kind: ServiceKind;
  severity: ServiceSeverity;
  /** A category path ['电梯', '困人'] for a category's own policy; absent for the kind's general one. */
  category?: [string, ...string[]];
  name: string;
  nameEn: string;
  respondMinutes: number;
  resolveMinutes: number;
}

const H = 60;
const DAY = 24 * H;

const every = (
  kinds: ServiceKind[],
  severities: ServiceSeverity[],
  p: Omit<SlaDefault, 'kind' | 'severity'>,
): SlaDefault[] => kinds.flatMap((kind) => severities.map((severity) => ({ kind, severity, ...p })));

/**
 * SLA policies from common industry practice (issue 4), as kind × severity × category:
 * - life-safety emergencies (fire, elevator entrapment, gas) on site within 5 min:
 *   repair × emergency, and the 困人 / 火警 / 燃气泄漏 categories at every severity (a caller who
 *   reports someone stuck in a lift gets the 5-minute promise even if the desk picked "general");
 *   resolved (under control, person freed) within 30 min for entrapment and gas, 2 h for the rest;
 * - urgent repairs (burst pipe, leaks in public areas) on site 15 min, under control in 2 h:
 *   repair × major, and the 爆管 category at general severity;
 * - ordinary repairs answered in 30 min, done in 24 h: repair × general;
 * - complaints answered within 24 h, written progress within 7 days: complaint × general and major
 *   (a major complaint is also acknowledged by the manager; that is the records module's step);
 * - inquiries and suggestions answered in 4 h, fully in 48 h: inquiry, suggestion, and the desk's
 *   other paperwork kinds (move-in, parking, certificates), general and major;
 * - cleaning and greening requests answered in 1 h: special_service (done within 24 h);
 * - follow-up calls: made within 24 h, closed within 48 h.
 * All count wall-clock time, as the issue states them; a property whose office answers only in
 * business hours switches a policy to business time on the configuration page.
 */
export const DEFAULT_SLA_POLICIES: SlaDefault[] = [
  ...every(['repair'], ['emergency'], {
    name: '生命安全紧急事件',
    nameEn: 'Life-safety emergency',
    respondMinutes: 5,
    resolveMinutes: 2 * H,
  }),
  ...every(['repair'], ['general', 'major', 'emergency'], {
    category: ['电梯', '困人'],
    name: '电梯困人',
    nameEn: 'Person trapped in a lift',
    respondMinutes: 5,
    resolveMinutes: 30,
  }),
  ...every(['repair'], ['general', 'major', 'emergency'], {
    category: ['消防与燃气', '燃气泄漏'],
    name: '燃气泄漏',
    nameEn: 'Gas leak',
    respondMinutes: 5,
    resolveMinutes: 30,
  }),
  ...every(['repair'], ['general', 'major', 'emergency'], {
    category: ['消防与燃气', '火警'],
    name: '火警',
    nameEn: 'Fire alarm',
    respondMinutes: 5,
    resolveMinutes: 2 * H,
  }),
  ...every(['repair'], ['major'], {
    name: '紧急维修',
    nameEn: 'Urgent repair',
    respondMinutes: 15,
    resolveMinutes: 2 * H,
  }),
  ...every(['repair'], ['general'], {
    category: ['水电', '爆管'],
    name: '爆管',
    nameEn: 'Burst pipe',
    respondMinutes: 15,
    resolveMinutes: 2 * H,
  }),
  ...every(['repair'], ['general'], {
    name: '一般维修',
    nameEn: 'Ordinary repair',
    respondMinutes: 30,
    resolveMinutes: DAY,
  }),
  ...every(['complaint'], ['general', 'major'], {
    name: '投诉',
    nameEn: 'Complaint',
    respondMinutes: DAY,
    resolveMinutes: 7 * DAY,
  }),
  ...every(['inquiry', 'suggestion', 'move_in', 'parking', 'certificate'], ['general', 'major'], {
    name: '咨询与建议',
    nameEn: 'Inquiry or suggestion',
    respondMinutes: 4 * H,
    resolveMinutes: 2 * DAY,
  }),
  ...every(['special_service'], ['general', 'major'], {
    name: '保洁绿化等特约服务',
    nameEn: 'Cleaning, greening and other services',
    respondMinutes: H,
    resolveMinutes: DAY,
  }),
  ...every(['follow_up'], ['general', 'major'], {
    name: '回访',
    nameEn: 'Follow-up call',
    respondMinutes: DAY,
    resolveMinutes: 2 * DAY,
  }),
];

/** Level 1: the supervisor at the breach; level 2: the manager an hour later. */
export const DEFAULT_ESCALATION: { role: Role; afterMinutes: number }[] = [
  { role: 'supervisor', afterMinutes: 0 },
  { role: 'manager', afterMinutes: 60 },
];

const OFFICE: [number, number][] = [
  [8 * 60 + 30, 12 * 60], // 08:30–12:00
  [13 * 60 + 30, 17 * 60 + 30], // 13:30–17:30
];

/**
 * Office hours of the service centre: 08:30–12:00 and 13:30–17:30 on weekdays, Saturday morning
 * for residents who work in the week, Sunday closed (the duty phone covers emergencies, whose
 * policies count wall-clock time anyway). A 调休 Saturday is worked with Monday's hours.
 */
export const DEFAULT_WEEKLY_HOURS: BusinessCalendar['weekly'] = {
  1: OFFICE,
  2: OFFICE,
  3: OFFICE,
  4: OFFICE,
  5: OFFICE,
  6: [OFFICE[0]!],
  7: [],
};

const range = (from: string, to: string, name: string): [string, HolidayKind, string][] => {
  const out: [string, HolidayKind, string][] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000)
    out.push([new Date(d).toISOString().slice(0, 10), 'holiday', name]);
  return out;
};

/**
 * Mainland public holidays and 调休 working days of 2026, from the State Council's notice of
 * 4 November 2025 (国办发明电〔2025〕7号). The 2027 notice is published around November 2026 and
 * was not available when this was written, so no 2027 dates are guessed: add them on the
 * configuration page (工作时间与节假日) when the notice is out.
 */
export const DEFAULT_HOLIDAYS: [date: string, kind: HolidayKind, name: string][] = [
  ...range('2026-01-01', '2026-01-03', '元旦'),
  ['2026-01-04', 'workday', '元旦调休上班'],
  ['2026-02-14', 'workday', '春节调休上班'],
  ...range('2026-02-15', '2026-02-23', '春节'),
  ['2026-02-28', 'workday', '春节调休上班'],
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  ['2026-05-09', 'workday', '劳动节调休上班'],
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ['2026-09-20', 'workday', '国庆节调休上班'],
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  ['2026-10-10', 'workday', '国庆节调休上班'],
];

/**
 * The phrase library. `{name}` / `{nameEn}` become the property's name. The phone greeting leaves
 * the staff number for the receptionist to say (工号 is personal, the library is shared).
 */
export const DEFAULT_PHRASES: { stage: PhraseStage; text: string; textEn: string }[] = [
  {
    stage: 'greeting',
    text: '您好，欢迎来到{name}客服中心，请问有什么可以帮您？',
    textEn: 'Hello, welcome to the {nameEn} service centre. How may I help you?',
  },
  {
    stage: 'greeting',
    text: '您好，{name}物业客服中心，工号××为您服务，请问有什么可以帮您？',
    textEn: 'Good day, {nameEn} property service centre, staff number ×× speaking. How may I help you?',
  },
  {
    stage: 'wait',
    text: '请稍等，我马上帮您了解一下。',
    textEn: 'One moment, please. I will look into it for you right away.',
  },
  {
    stage: 'wait',
    text: '请您不要挂机，我马上为您查询。',
    textEn: 'Please hold the line; I am checking that for you now.',
  },
  { stage: 'apology', text: '对不起，让您久等了。', textEn: 'Sorry to have kept you waiting.' },
  {
    stage: 'apology',
    text: '非常抱歉给您带来不便，我们会尽快为您处理。',
    textEn: 'We are very sorry for the inconvenience and will take care of it as soon as we can.',
  },
  {
    stage: 'other',
    text: '您反映的问题已为您登记，处理进展我们会及时告诉您。',
    textEn: 'Your request is registered; we will keep you informed of its progress.',
  },
  { stage: 'farewell', text: '感谢您的来访，请慢走。', textEn: 'Thank you for coming. Take care.' },
  { stage: 'farewell', text: '感谢您的来电，再见。', textEn: 'Thank you for calling. Goodbye.' },
];
