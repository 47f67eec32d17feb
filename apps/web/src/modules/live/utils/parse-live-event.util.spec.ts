import { describe, expect, it } from 'vitest';
import { parseLiveEvent } from './parse-live-event.util';

describe('parseLiveEvent', () => {
  it('reads a new task event', () => {
    expect(parseLiveEvent('task.created', '{"taskId":"42","name":"承办单位办理"}')).toEqual({
      type: 'task.created',
      data: { taskId: '42', name: '承办单位办理' },
    });
  });

  it('drops unknown types, bad JSON and events without their id', () => {
    expect(parseLiveEvent('ping', '{}')).toBeNull();
    expect(parseLiveEvent('task.created', '{oops')).toBeNull();
    expect(parseLiveEvent('item.updated', '{"taskId":"1"}')).toBeNull();
    expect(parseLiveEvent('task.completed', 'null')).toBeNull();
  });
});
