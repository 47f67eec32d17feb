import { Controller, Sse } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { CandidateGroups } from '../tenant-config/candidate-groups.service.js';
import { LiveEventsService, type SseMessage } from './live-events.service.js';

@ApiTags('events')
@Controller('events')
export class LiveEventsController {
  constructor(
    private readonly events: LiveEventsService,
    private readonly groups: CandidateGroups,
  ) {}

  @Sse()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary: '实时事件（SSE）：task.created、task.completed、task.updated、item.updated；仅本租户、仅本人可见的',
  })
  stream(@CurrentPrincipal() principal: Principal): Observable<{ type: string; data: Record<string, unknown> }> {
    return from(this.groups.of(principal)).pipe(
      mergeMap((groups) => this.events.stream(principal, new Set(groups))),
      map((message: SseMessage) => message),
    );
  }
}
