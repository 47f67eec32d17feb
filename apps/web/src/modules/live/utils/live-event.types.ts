/** Events the server pushes on GET /api/events (text/event-stream, `event:` = type, `data:` = JSON). */
export interface TaskCreatedEvent {
  taskId: string;
  name: string;
  itemId?: string | null;
  itemTitle?: string | null;
  /** Set when the task is assigned to one person; otherwise it went to the user's groups. */
  assignee?: string | null;
}

export interface TaskChangedEvent {
  taskId: string;
  itemId?: string | null;
}

export interface ItemChangedEvent {
  itemId: string;
}

export interface LiveEventMap {
  'task.created': TaskCreatedEvent;
  'task.completed': TaskChangedEvent;
  'task.updated': TaskChangedEvent;
  'item.updated': ItemChangedEvent;
}

export type LiveEventType = keyof LiveEventMap;
export const LIVE_EVENT_TYPES: LiveEventType[] = ['task.created', 'task.completed', 'task.updated', 'item.updated'];
