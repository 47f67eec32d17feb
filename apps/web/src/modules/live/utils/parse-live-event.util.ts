import { LIVE_EVENT_TYPES, type LiveEventMap, type LiveEventType } from './live-event.types';

export type ParsedLiveEvent = { [K in LiveEventType]: { type: K; data: LiveEventMap[K] } }[LiveEventType];

/** Turns one SSE message into a typed event; anything unknown or malformed is dropped (null), never thrown. */
export function parseLiveEvent(type: string, raw: string): ParsedLiveEvent | null {
  if (!(LIVE_EVENT_TYPES as string[]).includes(type)) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const ok = type === 'item.updated' ? typeof d.itemId === 'string' : typeof d.taskId === 'string';
  return ok ? ({ type, data } as ParsedLiveEvent) : null;
}
