import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { CookieOptions, Response } from 'express';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { ServerConfig } from '../config/server-config.js';
import { type AuthenticatedRequest, CurrentPrincipal, Public } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { LOGIN_RATE_LIMIT, SESSION_COOKIE } from './auth.constants.js';
import { ChangePasswordDto, LoginDto, SessionDto, sessionUser } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ login: { limit: LOGIN_RATE_LIMIT.limit, ttl: LOGIN_RATE_LIMIT.ttlMs } })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: '设置 httpOnly 会话 Cookie' })
  async login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    const session = await this.auth.login(body.username, body.password, { ip: request.ip, userAgent: request.get('user-agent') });
    response.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), expires: session.expiresAt });
    const resolved = await this.sessions.resolve(session.token);
    return { user: sessionUser(resolved!.principal), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  @Get('session')
  @ApiOkResponse({ type: SessionDto })
  session(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest): SessionDto {
    const { csrfToken, expiresAt } = request.session!;
    return { user: sessionUser(principal), csrfToken, expiresAt };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    await this.auth.logout(principal, request.session!.tokenHash);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '其他会话全部失效' })
  async changePassword(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest, @Body() body: ChangePasswordDto) {
    await this.auth.changePassword(principal, request.session!.tokenHash, body.currentPassword, body.newPassword);
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' };
  }
}
