import type { JobTypeHandler } from '../runtime/job-context.js';
import { archiveHandler } from './archive.handler.js';
import { deadlineHandler } from './deadline.handler.js';
import { documentHandler } from './document.handler.js';
import { drawHandler } from './draw.handler.js';
import { escalateHandler } from './escalate.handler.js';
import { evaluateHandler } from './evaluate.handler.js';
import { feedbackWindowHandler } from './feedback-window.handler.js';
import { notifyHandler } from './notify.handler.js';
import { numberHandler } from './number.handler.js';
import { overlapCheckHandler } from './overlap-check.handler.js';
import { publishMessageHandler } from './publish-message.handler.js';
import { resolveApproversHandler } from './resolve-approvers.handler.js';

/** One handler per catalogued job type. */
export const ALL_HANDLERS: readonly JobTypeHandler[] = [
  resolveApproversHandler,
  deadlineHandler,
  feedbackWindowHandler,
  notifyHandler,
  escalateHandler,
  numberHandler,
  documentHandler,
  archiveHandler,
  evaluateHandler,
  overlapCheckHandler,
  drawHandler,
  publishMessageHandler,
];

export {
  archiveHandler,
  deadlineHandler,
  documentHandler,
  drawHandler,
  escalateHandler,
  evaluateHandler,
  feedbackWindowHandler,
  notifyHandler,
  numberHandler,
  overlapCheckHandler,
  publishMessageHandler,
  resolveApproversHandler,
};
