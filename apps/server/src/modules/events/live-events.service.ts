import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { filter, interval, map, merge, Observable, Subject } from 'rxjs';
import type { Principal } from '../../platform/tenancy/principal.js';

export type LiveEventType = 'task.created' | 'task.completed' | 'task.updated' | 'item.updated';

/** Who may receive an event, besides those who see the whole tenant (items.all). */
export interface LiveAudience {
  /** Person codes (assignees, owners, candidate users). */
  persons?: string[];
  /** Candidate groups (`role` or `role@unit`). */
  groups?: string[];
  /** Person ids (e.g. the one who registered the item). */
  personIds?: string[];
}

export interface LiveEvent {
  tenantId: string;
  type: LiveEventType;
  data: Record<string, unknown>;
  audience: LiveAudience;
}

export interface SseMessage {
  type: string;
  data: Record<string, unknown>;
}

const HEARTBEAT_MS = 25_000;

export function mayReceive(event: LiveEvent, principal: Principal, groups: ReadonlySet<string>): boolean {
  if (event.tenantId !== principal.tenantId) return false;
  if (principal.permissions.has('items.all')) return true;
  const { persons = [], groups: eventGroups = [], personIds = [] } = event.audience;
  return persons.includes(principal.personCode) || personIds.includes(principal.personId) || eventGroups.some((g) => groups.has(g));
}

/**
 * Server-sent events for the inbox and item pages, tenant-scoped and filtered per person. Events published here
 * (inbox projector, task actions, item changes) reach this process's streams at once and the other server
 * processes through PgEventsRelay (PostgreSQL NOTIFY), so API replicas behind a load balancer all see them.
 */
@Injectable()
export class LiveEventsService implements OnModuleDestroy {
  private readonly events = new Subject<LiveEvent>();
  /** What this process published, for the relay to pass on to the other server processes. */
  readonly outgoing = new Subject<LiveEvent>();

  publish(event: LiveEvent): void {
    this.events.next(event);
    this.outgoing.next(event);
  }

  /** An event published by another server process (from the relay): streamed here, not passed on again. */
  deliver(event: LiveEvent): void {
    this.events.next(event);
  }

  stream(principal: Principal, groups: ReadonlySet<string>): Observable<SseMessage> {
    const heartbeat = interval(HEARTBEAT_MS).pipe(map((): SseMessage => ({ type: 'ping', data: {} })));
    const own = this.events.pipe(
      filter((event) => mayReceive(event, principal, groups)),
      map((event): SseMessage => ({ type: event.type, data: event.data })),
    );
    return merge(own, heartbeat);
  }

  onModuleDestroy(): void {
    this.events.complete();
    this.outgoing.complete();
  }
}
