import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ANY_OF_PERMISSIONS,
  type AuthenticatedRequest,
  PUBLIC_ROUTE,
  REQUIRED_PERMISSIONS,
} from '../tenancy/current-principal.decorator.js';
import type { Permission } from '../tenancy/permission.js';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.constants.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';
import { SessionService } from './session.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Global guard: every route needs a live session unless marked @Public(). It sets `request.principal`, checks the
 * CSRF token (synchronizer token kept in the session) on every state-changing method, then @RequirePermission (all of) and
 * @RequireAnyPermission (one of).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const session = token ? await this.sessions.resolve(token) : null;
    if (!session) throw new AuthException(AuthExceptionCode.UNAUTHENTICATED, '请先登录 / please log in');
    request.principal = session.principal;
    request.session = { tokenHash: session.tokenHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt };

    if (!SAFE_METHODS.has(request.method) && !sameToken(session.csrfToken, request.get(CSRF_HEADER))) {
      throw new AuthException(AuthExceptionCode.CSRF_TOKEN_INVALID, `缺少或错误的 ${CSRF_HEADER} / missing or wrong CSRF token`);
    }
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets) ?? [];
    const missing = required.filter((p) => !session.principal.permissions.has(p));
    if (missing.length > 0) {
      throw new AuthException(AuthExceptionCode.FORBIDDEN, `无权限 / missing permission: ${missing.join(', ')}`);
    }
    const anyOf = this.reflector.getAllAndOverride<Permission[] | undefined>(ANY_OF_PERMISSIONS, targets) ?? [];
    if (anyOf.length > 0 && !anyOf.some((p) => session.principal.permissions.has(p))) {
      throw new AuthException(AuthExceptionCode.FORBIDDEN, `无权限 / missing permission: one of ${anyOf.join(', ')}`);
    }
    return true;
  }
}
