import { Controller, Get, Inject, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { CookieOptions, Response } from 'express';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { type AuthenticatedRequest, Public } from '../tenancy/current-principal.decorator.js';
import { LOGIN_RATE_LIMIT, SESSION_COOKIE } from './auth.constants.js';
import { AuthException } from './auth.exception.js';
import { AuthService } from './auth.service.js';
import { type OidcPending, OidcService } from './oidc.service.js';

const PENDING_COOKIE = 'duban_oidc';
const PENDING_PATH = '/api/auth/oidc';

export class LoginProvidersDto {
  @ApiProperty() password!: boolean;
  @ApiProperty({ description: '为 true 时可跳转 /api/auth/oidc 单点登录' }) oidc!: boolean;
}

/**
 * Optional single sign-on. `/api/auth/oidc` sends the browser to the provider; the callback checks the answer,
 * opens a session for the matching local account and sends the browser to `/` — or to `/login?error=<code>`.
 */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  @Get('providers')
  @Public()
  @ApiOkResponse({ type: LoginProvidersDto })
  providers(): LoginProvidersDto {
    return { password: true, oidc: this.oidc.enabled };
  }

  @Get('oidc')
  @Public()
  @ApiFoundResponse({ description: '跳转到身份提供方' })
  async start(@Res() response: Response): Promise<void> {
    const { url, pending } = await this.oidc.start();
    response.cookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      ...this.cookieOptions(),
      path: PENDING_PATH,
      maxAge: 10 * 60_000,
    });
    response.redirect(302, url.href);
  }

  @Get('oidc/callback')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ login: { limit: LOGIN_RATE_LIMIT.limit, ttl: LOGIN_RATE_LIMIT.ttlMs } })
  @ApiFoundResponse({ description: '成功跳转 /，失败跳转 /login?error=<code>' })
  async callback(@Query() query: Record<string, string>, @Req() request: AuthenticatedRequest, @Res() response: Response) {
    response.clearCookie(PENDING_COOKIE, { ...this.cookieOptions(), path: PENDING_PATH });
    try {
      const username = await this.oidc.finish(query, readPending(request.cookies?.[PENDING_COOKIE] as string | undefined));
      const session = await this.auth.loginExternal(username, { ip: request.ip, userAgent: request.get('user-agent') }, 'oidc');
      response.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), expires: session.expiresAt });
      response.redirect(302, '/');
    } catch (error) {
      if (!(error instanceof AuthException)) throw error;
      response.redirect(302, `/login?error=${encodeURIComponent(error.code)}`);
    }
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }
}

function readPending(cookie: string | undefined): OidcPending | undefined {
  if (!cookie) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Partial<OidcPending>;
    return typeof value.state === 'string' && typeof value.nonce === 'string' && typeof value.verifier === 'string'
      ? (value as OidcPending)
      : undefined;
  } catch {
    return undefined;
  }
}
