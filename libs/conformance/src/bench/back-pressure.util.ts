import { isWorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { sleep } from '../runner/poll.util.js';

/** Retries a command the engine refused under load (Zeebe back-pressure: RESOURCE_EXHAUSTED), as clients must. */
export async function withBackPressure<T>(command: () => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await command();
    } catch (error) {
      if (!isWorkflowError(error, WorkflowErrorCode.ResourceExhausted) || attempt >= attempts) throw error;
      await sleep(Math.min(20 * attempt, 500));
    }
  }
}
