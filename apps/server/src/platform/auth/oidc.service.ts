import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { SERVER_CONFIG } from '../config/config.module.js';
import type { OidcConfig, ServerConfig } from '../config/server-config.js';
import { AuthException, AuthExceptionCode } from './auth.exception.js';

/** What the browser keeps between leaving for the provider and coming back (httpOnly cookie, 10 minutes). */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

/** Authorization code flow with PKCE, state and nonce (openid-client); the provider is discovered on first use. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private configuration?: Promise<oidc.Configuration>;

  constructor(@Inject(SERVER_CONFIG) private readonly config: ServerConfig) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  async start(): Promise<{ url: URL; pending: OidcPending }> {
    const settings = this.settings();
    const pending: OidcPending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(await this.discover(), {
      redirect_uri: settings.redirectUri,
      scope: settings.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /** Checks the provider's answer against what we sent; returns the username claim of the ID token. */
  async finish(query: Record<string, string>, pending: OidcPending | undefined): Promise<string> {
    const settings = this.settings();
    if (!pending) throw new AuthException(AuthExceptionCode.OIDC_FAILED, '登录已过期，请重试 / sign-in expired, try again');
    // The URL the provider redirected to, rebuilt from configuration (never from the Host header).
    const current = new URL(settings.redirectUri);
    for (const [key, value] of Object.entries(query)) current.searchParams.set(key, value);
    try {
      const tokens = await oidc.authorizationCodeGrant(await this.discover(), current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const username = tokens.claims()?.[settings.usernameClaim];
      if (typeof username !== 'string' || username === '') throw new Error(`the ID token has no ${settings.usernameClaim}`);
      return username;
    } catch (error) {
      if (error instanceof AuthException) throw error;
      this.logger.warn(`sign-in refused: ${(error as Error).message}`);
      throw new AuthException(AuthExceptionCode.OIDC_FAILED, '单点登录失败 / single sign-on failed');
    }
  }

  private settings(): OidcConfig {
    if (!this.config.oidc) throw new AuthException(AuthExceptionCode.OIDC_DISABLED, '未配置单点登录 / single sign-on is not configured');
    return this.config.oidc;
  }

  private discover(): Promise<oidc.Configuration> {
    const settings = this.settings();
    this.configuration ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        execute: settings.allowInsecure ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined; // try again on the next sign-in
        this.logger.error(`discovery of ${settings.issuer} failed: ${(error as Error).message}`);
        throw new AuthException(AuthExceptionCode.OIDC_FAILED, '单点登录服务不可用 / identity provider unreachable');
      });
    return this.configuration;
  }
}
