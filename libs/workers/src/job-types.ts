/**
 * The catalogue of generic job types: names, headers and variables. BPMN under `processes/`, the element templates
 * and the handlers are all written against this file, so names here are a published contract — extend, never rename.
 * The prose version is `libs/workers/CATALOGUE.md`.
 */
export const JOB_TYPE_PREFIX = 'duban:';

export const JobType = {
  resolveApprovers: 'duban:resolve-approvers',
  deadline: 'duban:deadline',
  feedbackWindow: 'duban:feedback-window',
  notify: 'duban:notify',
  escalate: 'duban:escalate',
  number: 'duban:number',
  document: 'duban:document',
  archive: 'duban:archive',
  evaluate: 'duban:evaluate',
  overlapCheck: 'duban:overlap-check',
  draw: 'duban:draw',
  publishMessage: 'duban:publish-message',
} as const;
export type JobTypeName = (typeof JobType)[keyof typeof JobType];

export interface HeaderSpec {
  name: string;
  /** Chinese label shown in the modeler. */
  label: string;
  description: string;
  required?: boolean;
  default?: string;
  /** Closed set of allowed values; a comma-separated list header allows any subset. */
  values?: readonly string[];
  /** The value is a comma-separated list. */
  list?: boolean;
}

export interface VariableSpec {
  name: string;
  description: string;
}

export interface JobTypeSpec {
  type: JobTypeName;
  label: string;
  description: string;
  headers: readonly HeaderSpec[];
  reads: readonly VariableSpec[];
  writes: readonly VariableSpec[];
}

export const CHANNELS = ['in-app', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export const NOTIFY_TEMPLATES = [
  'assigned',
  'acknowledge-reminder',
  'urge',
  'due-soon',
  'overdue',
  'escalated',
  'sent-back',
  'report-due',
  'closed',
  'overlap-warning',
  'custom',
] as const;
export type NotifyTemplate = (typeof NOTIFY_TEMPLATES)[number];

export const DOCUMENT_TEMPLATES = ['assignment-notice', 'bulletin', 'special-report', 'quarterly-bulletin'] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

export const EVALUATION_FACTS = ['on-time', 'overdue', 'send-back', 'poor-implementation', 'auto'] as const;
export type EvaluationFact = Exclude<(typeof EVALUATION_FACTS)[number], 'auto'>;

export const HOLIDAY_RULES = ['next-working-day', 'previous-working-day', 'keep'] as const;
export type HolidayRule = (typeof HOLIDAY_RULES)[number];

/** Variables every handler may read (see CATALOGUE.md, "Common rules"). */
export const COMMON_READS: readonly VariableSpec[] = [
  { name: 'tenantId', description: 'Tenant, only when the engine reports the `<default>` tenant' },
  { name: 'itemId', description: 'Business id of the supervision item; the process instance key when absent' },
];

const unitVariable: HeaderSpec = {
  name: 'unitVariable',
  label: '承办单位变量',
  description: 'Variable holding a unit code (or a list of unit codes); roles are looked up inside that unit first',
};
const channels: HeaderSpec = {
  name: 'channels',
  label: '通知渠道',
  description: 'Comma-separated channels; channels the tenant has not enabled are skipped and recorded',
  default: 'in-app',
  values: CHANNELS,
  list: true,
};

const resolveApprovers: JobTypeSpec = {
  type: JobType.resolveApprovers,
  label: '审批链',
  description: 'Resolves an ordered chain of role codes to people of the tenant organisation, one person per role',
  headers: [
    { name: 'roles', label: '审批角色（按顺序）', description: 'Ordered role codes, comma-separated', required: true, list: true },
    unitVariable,
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the person ids', default: 'approvers' },
    {
      name: 'onMissing',
      label: '角色无人时',
      description: 'A role with nobody in it: raise an incident, or leave the role out of the chain',
      default: 'incident',
      values: ['incident', 'skip'],
    },
  ],
  reads: [{ name: '<unitVariable>', description: 'Unit code when `unitVariable` is set' }],
  writes: [
    { name: '<resultVariable>', description: 'string[] of person ids in chain order (multi-instance input collection)' },
    { name: '<resultVariable>Detail', description: '[{ role, roleName, personId, name, unit }] in chain order' },
  ],
};

const deadline: JobTypeSpec = {
  type: JobType.deadline,
  label: '计算时限',
  description: 'Computes a due date with the working-day calendar (民法典 Art. 201–203 counting, holidays, make-up days)',
  headers: [
    { name: 'limit', label: '时限', description: 'Time limit in the libs/calendar grammar (7d, 5wd, 1m, next-day, end-of-month, end-of-quarter); the fallback when `limitVariable` is empty' },
    { name: 'limitVariable', label: '时限变量', description: 'Variable holding a time limit in the same grammar; wins over `limit` when set and non-empty' },
    { name: 'from', label: '起算时间变量', description: 'Variable holding the start (ISO date or date-time); now (Asia/Shanghai) when absent' },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the due date-time', default: 'dueDate' },
    { name: 'remindBefore', label: '提前提醒', description: 'Optional `<n>d` (calendar days) or `<n>wd` (working days): also write `<result>Remind`, 09:00 of that day before the last day' },
  ],
  reads: [
    { name: '<limitVariable>', description: 'Time limit string' },
    { name: '<from>', description: 'Start date or date-time' },
  ],
  writes: [
    { name: '<resultVariable>', description: 'ISO date-time of the end of the last day, `YYYY-MM-DDT23:59:59+08:00` (timer `=dueDate`)' },
    { name: '<resultVariable>Day', description: 'The last day, `YYYY-MM-DD`' },
    { name: '<resultVariable>Flagged', description: 'true when the counting reached a year without holiday data' },
    { name: '<resultVariable>FlagReason', description: 'Only when flagged: the Chinese explanation to show people' },
    { name: '<resultVariable>Limit', description: 'The time limit that was applied' },
    { name: '<resultVariable>Remind', description: 'Only with `remindBefore`: ISO date-time of the reminder' },
  ],
};

const feedbackWindow: JobTypeSpec = {
  type: JobType.feedbackWindow,
  label: '反馈窗口',
  description: 'Next report due date of a feedback schedule (fixed dates, days of month, weekly/monthly/quarterly/yearly)',
  headers: [
    { name: 'schedule', label: '报送周期', description: 'Schedule in the libs/calendar notation, e.g. yearly-dates:04-10,07-10 / monthly-days:10,15 / weekly:MON / quarterly:next-month-10; the fallback when `scheduleVariable` is empty' },
    { name: 'scheduleVariable', label: '报送周期变量', description: 'Variable holding a schedule; wins over `schedule`' },
    { name: 'holidayRule', label: '遇节假日', description: 'When a due day is not a working day', default: 'next-working-day', values: HOLIDAY_RULES },
    { name: 'from', label: '起算时间变量', description: 'Variable holding the reference time; now when absent. The next due day is strictly after this day' },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the next due date-time', default: 'reportDue' },
  ],
  reads: [
    { name: '<scheduleVariable>', description: 'Schedule string' },
    { name: '<from>', description: 'Reference date or date-time' },
  ],
  writes: [
    { name: '<resultVariable>', description: 'ISO date-time of the end of the next due day (timer `=reportDue`)' },
    { name: '<resultVariable>Day', description: 'The next due day `YYYY-MM-DD`' },
    { name: '<resultVariable>List', description: 'All due days `YYYY-MM-DD` of the calendar year of the next due day' },
    { name: '<resultVariable>Last', description: 'true when the next due day is the last of its year (year-end report)' },
    { name: '<resultVariable>Period', description: 'The occurrence, e.g. 2026-Q4, 2026-W15 or the nominal day' },
    { name: '<resultVariable>Flagged', description: 'true when a year without holiday data was involved' },
  ],
};

const notify: JobTypeSpec = {
  type: JobType.notify,
  label: '催办通知',
  description: 'In-app notification plus e-mail / SMS through a transactional outbox with retries',
  headers: [
    { name: 'template', label: '通知模板', description: 'Message template', default: 'urge', values: NOTIFY_TEMPLATES },
    { name: 'message', label: '通知内容', description: 'Text for template `custom`; `{variable}` placeholders are filled from variables' },
    channels,
    { name: 'recipients', label: '接收角色', description: 'Comma-separated role codes (inside the unit when `unitVariable` is set)', list: true },
    unitVariable,
    { name: 'recipientVariable', label: '接收人变量', description: 'Variable holding a person id or a list of person ids' },
    { name: 'resultVariable', label: '结果变量', description: 'Optional variable receiving the in-app notification ids (one per recipient)' },
  ],
  reads: [
    { name: '<unitVariable>', description: 'Unit code(s)' },
    { name: '<recipientVariable>', description: 'Person id(s)' },
    { name: 'itemNumber, title, dueDateDay, reportDueDay, escalationLevel', description: 'Used by the built-in templates when present' },
  ],
  writes: [{ name: '<resultVariable>', description: 'string[] of notification ids, only when `resultVariable` is set' }],
};

const escalate: JobTypeSpec = {
  type: JobType.escalate,
  label: '升级督办',
  description: 'Records an escalation step of the overdue ladder and notifies the people of the target role',
  headers: [
    { name: 'level', label: '升级层级', description: 'Step of the ladder, an integer from 1', required: true },
    { name: 'to', label: '升级至角色', description: 'Comma-separated role codes to escalate to', required: true, list: true },
    unitVariable,
    { name: 'template', label: '通知模板', description: 'Message template', default: 'escalated', values: NOTIFY_TEMPLATES },
    channels,
  ],
  reads: [{ name: '<unitVariable>', description: 'Unit code(s)' }],
  writes: [
    { name: 'escalationLevel', description: 'The level recorded (number)' },
    { name: 'escalatedTo', description: 'string[] person ids notified' },
  ],
};

const number: JobTypeSpec = {
  type: JobType.number,
  label: '编号',
  description: 'Next number per tenant, scheme and year, without gaps or duplicates (e.g. X督〔2026〕12号)',
  headers: [
    { name: 'scheme', label: '编号方案', description: 'Scheme name in the tenant configuration `numbering`', default: 'default' },
    { name: 'yearVariable', label: '年度变量', description: 'Variable holding the year; the current year in Asia/Shanghai when absent' },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the formatted number', default: 'itemNumber' },
  ],
  reads: [{ name: '<yearVariable>', description: 'Year (number or string)' }],
  writes: [
    { name: '<resultVariable>', description: 'Formatted number, e.g. 古督〔2026〕12号' },
    { name: '<resultVariable>Seq', description: 'Sequence number within tenant, scheme and year' },
    { name: '<resultVariable>Year', description: 'The year used' },
  ],
};

const document: JobTypeSpec = {
  type: JobType.document,
  label: '生成文书',
  description: 'Generates a .docx from item variables, stores it with its SHA-256 and writes a document reference',
  headers: [
    { name: 'template', label: '文书模板', description: 'Document kind', required: true, values: DOCUMENT_TEMPLATES },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the document reference', default: 'document' },
  ],
  reads: [{ name: 'see CATALOGUE.md per template', description: 'itemNumber, title, content, requirements, leadUnit, assistingUnits, dueDateDay, …' }],
  writes: [{ name: '<resultVariable>', description: '{ documentId, name, template, sha256, size, mediaType, createdAt }' }],
};

const archive: JobTypeSpec = {
  type: JobType.archive,
  label: '归档',
  description: '一事一档: files every material of the item with its SHA-256 and makes them read-only',
  headers: [
    { name: 'materials', label: '归档材料变量', description: 'Comma-separated variables holding document references (or lists); all document references when absent', list: true },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the archive reference', default: 'archive' },
  ],
  reads: [{ name: '<materials> or every variable holding a document reference', description: 'Document references' }],
  writes: [{ name: '<resultVariable>', description: '{ archiveId, itemId, count, manifestSha256, archivedAt }' }],
};

const evaluate: JobTypeSpec = {
  type: JobType.evaluate,
  label: '考评记分',
  description: 'Records an evaluation fact for a unit (on-time, overdue, send-back, 落实不力) for the per-period scores',
  headers: [
    { name: 'fact', label: '考评事实', description: '`auto` = on-time or overdue by comparing now with `dueVariable`', required: true, values: EVALUATION_FACTS },
    { name: 'unitVariable', label: '承办单位变量', description: 'Variable holding the unit code(s)', default: 'unit' },
    { name: 'dueVariable', label: '时限变量', description: 'Due date-time for `fact=auto`', default: 'dueDate' },
  ],
  reads: [
    { name: '<unitVariable>', description: 'Unit code or list of unit codes' },
    { name: '<dueVariable>', description: 'ISO date-time (fact=auto)' },
  ],
  writes: [{ name: 'evaluationFact', description: 'The fact recorded (auto resolved to on-time / overdue)' }],
};

const overlapCheck: JobTypeSpec = {
  type: JobType.overlapCheck,
  label: '重叠检查',
  description: 'Registers an inspection and warns when another inspection of the same target overlaps its period',
  headers: [
    { name: 'targetVariable', label: '督查对象变量', description: 'Variable holding the target unit code(s)', default: 'target' },
    { name: 'startVariable', label: '开始日期变量', description: 'Variable holding the period start (ISO date)', default: 'periodStart' },
    { name: 'endVariable', label: '结束日期变量', description: 'Variable holding the period end (ISO date, inclusive)', default: 'periodEnd' },
    { name: 'register', label: '登记本次督查', description: 'Also register this inspection for later checks', default: 'true', values: ['true', 'false'] },
  ],
  reads: [
    { name: '<targetVariable>, <startVariable>, <endVariable>', description: 'Target and period' },
    { name: 'title, itemNumber', description: 'Stored with the registration, shown in warnings' },
  ],
  writes: [
    { name: 'overlapFound', description: 'boolean' },
    { name: 'overlaps', description: '[{ itemId, itemNumber, title, target (names), targets (codes), periodStart, periodEnd }]' },
  ],
};

const draw: JobTypeSpec = {
  type: JobType.draw,
  label: '随机抽取',
  description: 'Draws people at random from a registry, with a logged seed so that anyone can reproduce the draw',
  headers: [
    { name: 'registry', label: '名录', description: 'Registry code in the organisation (e.g. supervision-cadres)', required: true },
    { name: 'count', label: '抽取人数', description: 'How many people, 1–10', default: '1' },
    { name: 'excludeLastDraws', label: '排除近几次已抽中', description: 'People drawn in this many previous draws of the registry are left out', default: '1' },
    { name: 'excludeVariable', label: '排除人员变量', description: 'Variable holding person ids to leave out' },
    { name: 'resultVariable', label: '结果变量', description: 'Variable receiving the person ids', default: 'drawn' },
  ],
  reads: [{ name: '<excludeVariable>', description: 'Person id(s)' }],
  writes: [
    { name: '<resultVariable>', description: 'string[] person ids drawn' },
    { name: '<resultVariable>Detail', description: '[{ personId, name, unit }]' },
    { name: '<resultVariable>DrawId', description: 'Id of the logged draw (seed, candidates, result)' },
  ],
};

const publishMessage: JobTypeSpec = {
  type: JobType.publishMessage,
  label: '发送消息',
  description: 'Publishes a message (correlation key from a variable) so that another scope or process of the item catches it, e.g. an approved extension reaching one unit',
  headers: [
    { name: 'messageName', label: '消息名称', description: 'Message name, starting with the tenant id (e.g. gu-extension-granted)', required: true },
    { name: 'correlationKeyVariable', label: '关联键变量', description: 'Variable holding the correlation key (e.g. itemId + "/" + unit)', required: true },
    { name: 'variables', label: '随消息发送的变量', description: 'Comma-separated variable names sent with the message', list: true },
    { name: 'timeToLive', label: '消息保留时长', description: 'How long the message waits for a subscription: 30m, 12h, 1d', default: '1d' },
  ],
  reads: [
    { name: '<correlationKeyVariable>', description: 'Correlation key' },
    { name: '<variables>', description: 'Sent with the message' },
  ],
  writes: [{ name: 'publishedMessage', description: '{ name, correlationKey }' }],
};

export const JOB_TYPES: readonly JobTypeSpec[] = [
  resolveApprovers,
  deadline,
  feedbackWindow,
  notify,
  escalate,
  number,
  document,
  archive,
  evaluate,
  overlapCheck,
  draw,
  publishMessage,
];

export function jobTypeSpec(type: string): JobTypeSpec | undefined {
  return JOB_TYPES.find((spec) => spec.type === type);
}
