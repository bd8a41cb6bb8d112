// A small OpenID Connect identity provider on loopback for the sign-in tests (issue 14): discovery,
// JWKS, an authorization endpoint that signs in "the current user" at once, and a token endpoint
// that checks the client secret, the redirect URI and the PKCE verifier (S256) before it issues an
// RS256 ID token with the nonce. Built with jose; real HTTP, real signatures.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface TestIdp {
  issuer: string;
  /** The claims of whoever signs in next (besides iss, sub, aud, nonce, iat, exp). */
  gebruiker: Record<string, unknown>;
  /** Token requests answered, for assertions. */
  tokenverzoeken: number;
  close(): Promise<void>;
}

export async function startTestIdp(opties: { clientId: string; clientSecret: string }): Promise<TestIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string; claims: Record<string, unknown> }>();
  let issuer = '';
  const idp: TestIdp = { issuer: '', gebruiker: {}, tokenverzoeken: 0, close: async () => {} };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer, authorization_endpoint: `${issuer}/authorize`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'], token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      if (p.get('client_id') !== opties.clientId || p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge') || !p.get('nonce')) {
        return json(400, { error: 'invalid_request' });
      }
      const code = randomBytes(16).toString('hex');
      codes.set(code, { challenge: p.get('code_challenge')!, nonce: p.get('nonce')!, redirectUri: p.get('redirect_uri')!, claims: { ...idp.gebruiker } });
      const terug = new URL(p.get('redirect_uri')!);
      terug.searchParams.set('code', code);
      terug.searchParams.set('state', p.get('state') ?? '');
      terug.searchParams.set('iss', issuer);
      res.writeHead(302, { Location: terug.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', async () => {
        idp.tokenverzoeken++;
        const f = new URLSearchParams(body);
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
        const [id, geheim] = basic ? Buffer.from(basic[1]!, 'base64').toString().split(':').map(decodeURIComponent) : [f.get('client_id'), f.get('client_secret')];
        if (id !== opties.clientId || geheim !== opties.clientSecret) return json(401, { error: 'invalid_client' });
        const c = codes.get(f.get('code') ?? '');
        codes.delete(f.get('code') ?? '');
        const verifier = f.get('code_verifier') ?? '';
        if (!c || f.get('grant_type') !== 'authorization_code' || f.get('redirect_uri') !== c.redirectUri
          || createHash('sha256').update(verifier).digest('base64url') !== c.challenge) {
          return json(400, { error: 'invalid_grant' });
        }
        const idToken = await new SignJWT({ ...c.claims, nonce: c.nonce })
          .setProtectedHeader({ alg: 'RS256', kid: 'test-1' }).setIssuer(issuer).setAudience(opties.clientId)
          .setSubject(String(c.claims.sub ?? 'medewerker-1')).setIssuedAt().setExpirationTime('5m').sign(privateKey);
        return json(200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return undefined;
    }
    return json(404, { error: 'not_found' });
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', () => klaar()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  idp.issuer = issuer;
  idp.close = () => new Promise((klaar) => server.close(() => klaar()));
  return idp;
}
