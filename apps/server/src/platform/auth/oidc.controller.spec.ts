import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOidcProvider } from '../../__tests__/fake-oidc-provider.js';
import { createTestApp, type TestApp } from '../../__tests__/test-app.js';

describe('single sign-on (OIDC)', () => {
  let t: TestApp;
  let provider: Awaited<ReturnType<typeof startFakeOidcProvider>>;
  beforeAll(async () => {
    provider = await startFakeOidcProvider({ id: 'duban', secret: 'provider-secret' });
    t = await createTestApp('oidc', {
      seed: true,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'duban',
        OIDC_CLIENT_SECRET: 'provider-secret',
        OIDC_REDIRECT_URI: 'http://duban.test/api/auth/oidc/callback',
        OIDC_ALLOW_INSECURE: 'true',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  /** Leaves for the provider, signs in there as `username`, comes back (optionally with a doctored answer). */
  async function signIn(username: string, doctor: (answer: URLSearchParams) => void = () => undefined) {
    const agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/api/auth/oidc').expect(302);
    const authorizationUrl = new URL(start.headers.location);
    expect(authorizationUrl.href.startsWith(`${provider.issuer}/authorize?`)).toBe(true);
    expect(authorizationUrl.searchParams.get('redirect_uri')).toBe('http://duban.test/api/auth/oidc/callback');
    const answer = provider.authorize(authorizationUrl, username);
    doctor(answer);
    const back = await agent.get(`/api/auth/oidc/callback?${answer}`).expect(302);
    return { agent, location: back.headers.location as string };
  }

  it('says that single sign-on is offered', async () => {
    expect((await request(t.app.getHttpServer()).get('/api/auth/providers').expect(200)).body).toEqual({ password: true, oidc: true });
  });

  it('opens a session for the local account the provider vouches for', async () => {
    const { agent, location } = await signIn('alpha-staff');
    expect(location).toBe('/');
    const session = (await agent.get('/api/auth/session').expect(200)).body;
    expect(session.user).toMatchObject({ username: 'alpha-staff', tenantCode: 'alpha' });
    await agent.post('/api/units').set('x-csrf-token', session.csrfToken).send({ code: 'sso-made', name: '单点' }).expect(403);
    const [login] = await t.sql<{ after: { method: string } }>(
      `SELECT after FROM audit_log WHERE action = 'auth.login' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [session.user.id],
    );
    expect(login.after.method).toBe('oidc');
  });

  it('refuses a forged state, an unknown user and a callback without the pending cookie', async () => {
    const forged = await signIn('alpha-staff', (answer) => answer.set('state', 'forged-state'));
    expect(forged.location).toBe('/login?error=OIDC_FAILED');
    await forged.agent.get('/api/auth/session').expect(401);

    expect((await signIn('someone-else')).location).toBe('/login?error=UNKNOWN_USER');

    const stranger = await request(t.app.getHttpServer()).get('/api/auth/oidc/callback?code=abc&state=def').expect(302);
    expect(stranger.headers.location).toBe('/login?error=OIDC_FAILED');
    expect(stranger.headers['set-cookie']?.toString() ?? '').not.toMatch(/duban_session=[\w-]+/);
  });
});
