import type { Variables } from '@duban/workflow';
import type { NotifyTemplate } from '../job-types.js';

export interface RenderedMessage {
  title: string;
  body: string;
}

type Facts = { [name: string]: string };

/** The item's name as it reads in a sentence: 「title」（number）. */
function item(f: Facts): string {
  const title = f.title ? `「${f.title}」` : '';
  const number = f.itemNumber ? `（${f.itemNumber}）` : '';
  return `督办事项${title}${number}`;
}

function due(f: Facts): string {
  return f.dueDateDay ? `，办理时限 ${f.dueDateDay}` : '';
}

/** Built-in messages: generic wording of supervision work, no tenant's own terms. */
const TEMPLATES: Record<Exclude<NotifyTemplate, 'custom'>, (f: Facts) => RenderedMessage> = {
  assigned: (f) => ({ title: `【交办】${f.title ?? '督办事项'}`, body: `您单位有新交办的${item(f)}${due(f)}。请及时签收并办理。` }),
  'acknowledge-reminder': (f) => ({ title: `【签收提醒】${f.title ?? ''}`, body: `${item(f)}已交办，请尽快签收确认。` }),
  urge: (f) => ({ title: `【催办】${f.title ?? ''}`, body: `${item(f)}尚未办结${due(f)}，请抓紧办理并按时反馈。` }),
  'due-soon': (f) => ({ title: `【即将到期】${f.title ?? ''}`, body: `${item(f)}即将到期${due(f)}，请按时办结并反馈。` }),
  overdue: (f) => ({ title: `【逾期】${f.title ?? ''}`, body: `${item(f)}已超过办理时限${f.dueDateDay ? ` ${f.dueDateDay}` : ''}，请立即办理并书面说明原因。` }),
  escalated: (f) => ({
    title: `【升级督办】${f.title ?? ''}`,
    body: `${item(f)}逾期未办结，已升级督办${f.escalationLevel ? `（第 ${f.escalationLevel} 级）` : ''}，请协调推动落实。`,
  }),
  'sent-back': (f) => ({ title: `【退回重办】${f.title ?? ''}`, body: `${item(f)}的办理结果未通过审核，已退回，请重新办理。` }),
  'report-due': (f) => ({
    title: `【报送提醒】${f.title ?? ''}`,
    body: `请${f.reportDueDay ? `于 ${f.reportDueDay} 前` : '按时'}报送${item(f)}的落实情况。`,
  }),
  closed: (f) => ({ title: `【办结】${f.title ?? ''}`, body: `${item(f)}已办结销号。` }),
  'overlap-warning': (f) => ({ title: `【重复督查提醒】${f.title ?? ''}`, body: `${item(f)}与同一督查对象同期的其他督查重叠，请确认是否合并或调整。` }),
};

export function renderMessage(template: NotifyTemplate, variables: Readonly<Variables>, message?: string): RenderedMessage {
  const facts = toFacts(variables);
  if (template === 'custom') {
    const body = (message ?? '').replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => facts[name] ?? '');
    return { title: facts.title ? `【通知】${facts.title}` : '【通知】', body };
  }
  return TEMPLATES[template](facts);
}

/** Scalar variables as text; lists and objects are not placeholders. */
function toFacts(variables: Readonly<Variables>): Facts {
  const facts: Facts = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string' || typeof value === 'number') facts[name] = String(value);
  }
  return facts;
}
