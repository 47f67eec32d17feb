import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * A minimal OpenID provider for tests: discovery, JWKS, and a token endpoint that checks the client secret, the
 * PKCE verifier and the redirect URI, and signs an RS256 ID token. `authorize()` plays the user signing in.
 */
export async function startFakeOidcProvider(client: { id: string; secret: string }) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; username: string; redirectUri: string }>();
  let issuer = '';

  const readBody = async (request: IncomingMessage) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    return new URLSearchParams(body);
  };

  const server = createServer((request, response) => {
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    void (async () => {
      if (request.url === '/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        });
      }
      if (request.url === '/jwks') return json(200, { keys: [jwk] });
      if (request.url === '/token' && request.method === 'POST') {
        const form = await readBody(request);
        const basic = request.headers.authorization?.startsWith('Basic ')
          ? Buffer.from(request.headers.authorization.slice(6), 'base64').toString().split(':').map(decodeURIComponent)
          : [form.get('client_id'), form.get('client_secret')];
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (basic[0] !== client.id || basic[1] !== client.secret) return json(401, { error: 'invalid_client' });
        if (!grant || grant.challenge !== verifier || grant.redirectUri !== form.get('redirect_uri')) {
          return json(400, { error: 'invalid_grant' });
        }
        const idToken = await new SignJWT({ nonce: grant.nonce, preferred_username: grant.username })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
          .setIssuer(issuer)
          .setSubject(`sub-${grant.username}`)
          .setAudience(client.id)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        return json(200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      }
      json(404, { error: 'not_found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    /** The user signs in as `username`; returns the query string the provider sends back to the callback. */
    authorize(authorizationUrl: URL, username: string): URLSearchParams {
      const p = authorizationUrl.searchParams;
      if (p.get('client_id') !== client.id || p.get('code_challenge_method') !== 'S256') throw new Error('bad authorization request');
      const code = randomBytes(16).toString('hex');
      codes.set(code, { challenge: p.get('code_challenge')!, nonce: p.get('nonce')!, username, redirectUri: p.get('redirect_uri')! });
      return new URLSearchParams({ code, state: p.get('state')! });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
