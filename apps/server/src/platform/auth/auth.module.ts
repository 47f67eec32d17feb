import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LOGIN_RATE_LIMIT } from './auth.constants.js';
import { AuthController } from './auth.controller.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { SessionGuard } from './session.guard.js';
import { SessionService } from './session.service.js';

@Global()
@Module({
  imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'login', limit: LOGIN_RATE_LIMIT.limit, ttl: LOGIN_RATE_LIMIT.ttlMs }] })],
  controllers: [AuthController, OidcController],
  providers: [AuthService, PasswordService, SessionService, OidcService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, PasswordService, SessionService],
})
export class AuthModule {}
