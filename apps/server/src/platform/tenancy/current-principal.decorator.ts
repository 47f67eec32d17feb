import { createParamDecorator, type ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { Permission } from './permission.js';
import type { Principal } from './principal.js';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** Set with the principal by the session guard. */
  session?: { tokenHash: string; csrfToken: string; expiresAt: Date };
}

/** The caller, from the session (never from the request's parameters or body). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: '请先登录 / please log in' });
  return principal;
});

export const PUBLIC_ROUTE = 'duban:public';
/** No session needed (health, login). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const REQUIRED_PERMISSIONS = 'duban:permissions';
/** The caller's roles must grant all of these (403 otherwise). */
export const RequirePermission = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

export const ANY_OF_PERMISSIONS = 'duban:any-of-permissions';
/** The caller's roles must grant at least one of these (403 otherwise), e.g. reports for 督查室 or leaders. */
export const RequireAnyPermission = (...permissions: Permission[]) => SetMetadata(ANY_OF_PERMISSIONS, permissions);
