import type { Response } from 'superagent';
import { expect } from 'vitest';
import { login, type LoggedIn } from '../../../__tests__/test-app.js';
import { eventually, type FeatureApp } from '../../__tests__/feature-app.js';

export interface Task {
  id: string;
  name: string;
  elementId: string;
  itemId: string | null;
  processInstanceKey: string;
  assignee: { id: string } | null;
  status: string;
}

/** Logs people in once and reuses their sessions. */
export function people(t: FeatureApp) {
  const sessions = new Map<string, Promise<LoggedIn>>();
  return (username: string) => {
    if (!sessions.has(username)) sessions.set(username, login(t, username));
    return sessions.get(username)!;
  };
}

/** An administrator gives a role permissions through the API, as one would in the web app (e.g. 督查室 items.all). */
export async function grantRole(admin: LoggedIn, roleCode: string, permissions: string[]): Promise<void> {
  const roles = (await admin.agent.get('/api/roles').expect(200)).body as { id: string; code: string }[];
  const role = roles.find((r) => r.code === roleCode);
  if (!role) throw new Error(`no role ${roleCode}`);
  await admin.agent.patch(`/api/roles/${role.id}`).set('x-csrf-token', admin.csrf).send({ permissions }).expect(200);
}

/** Waits (syncing the inbox) until `who` has the task `elementId` of the item in "my tasks". */
export async function taskFor(t: FeatureApp, who: LoggedIn, itemId: string, elementId: string): Promise<Task> {
  return eventually(`${elementId} in the inbox of ${who.user.id}`, async () => {
    await t.sync();
    const page = await who.agent.get('/api/inbox/tasks').expect(200);
    return (page.body.items as Task[]).find((task) => task.itemId === itemId && task.elementId === elementId);
  }, 30_000);
}

/** Claims (when unassigned) and completes a task through the API. */
export async function work(who: LoggedIn, task: Task, variables: Record<string, unknown>): Promise<void> {
  if (!task.assignee) await who.agent.post(`/api/inbox/tasks/${task.id}/claim`).set('x-csrf-token', who.csrf).expect(200);
  const done = await who.agent.post(`/api/inbox/tasks/${task.id}/complete`).set('x-csrf-token', who.csrf).send({ variables });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  expect(done.body.status).toBe('completed');
}

/** superagent parser that keeps a response body as bytes (documents, exports). */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A state-changing request with the session's CSRF token. */
export function post(who: LoggedIn, url: string, body: object = {}) {
  return who.agent.post(url).set('x-csrf-token', who.csrf).send(body);
}
