// A real OpenID Connect provider for the sign-in tests: node-oidc-provider (npm `oidc-provider`
// 8.x, installed by scripts/install-deps.sh into BUILD/test-node, never committed) on
// http://127.0.0.1:PORT, with its development login form (any user name, any password; the user
// name is the account: NAME@example.org, "unverified-…" names get email_verified false).
// Two native clients with loopback redirects (RFC 8252): "omnikast" (ID tokens RS256) and
// "omnikast-es" (ES256). Keys are made at start with the given key id, so restarting with
// another id is a key rotation. Like Auth0 (Dreamkast's tenant), an `audience` parameter on the
// authorization request asks for an access token for that API: a JWT (RS256) whose `aud` is the
// audience, signed with the same keys (Resource Indicators underneath, with `audience` as the
// default resource).
// Usage: node provider.mjs NODE_MODULES_DIR PORT KEY_ID
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, port, kid] = process.argv.slice(2);
const { default: Provider } = await import(
  pathToFileURL(join(modules, 'oidc-provider', 'lib', 'index.js')).href);

function jwk(type, options, alg, id) {
  const { privateKey } = generateKeyPairSync(type, options);
  return { ...privateKey.export({ format: 'jwk' }), kid: id, alg, use: 'sig' };
}

const issuer = `http://127.0.0.1:${port}`;
const client = (id, alg) => ({
  client_id: id,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  redirect_uris: ['http://127.0.0.1/callback'],
  grant_types: ['authorization_code'],
  response_types: ['code'],
  id_token_signed_response_alg: alg,
});
const provider = new Provider(issuer, {
  clients: [client('omnikast', 'RS256'), client('omnikast-es', 'ES256')],
  jwks: {
    keys: [jwk('rsa', { modulusLength: 2048 }, 'RS256', `${kid}-rsa`),
           jwk('ec', { namedCurve: 'P-256' }, 'ES256', `${kid}-ec`)],
  },
  pkce: { required: () => true, methods: ['S256'] },
  extraParams: ['audience'],
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: (ctx) => ctx.oidc.params?.audience || undefined,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, resource) => ({
        scope: 'chat',
        audience: resource,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  cookies: { keys: ['omnikast-test-cookie-key'] },
  async findAccount(ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: `${sub}@example.org`,
          email_verified: !sub.startsWith('unverified'),
          name: sub.charAt(0).toUpperCase() + sub.slice(1),
        };
      },
    };
  },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));
provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`oidc provider listening on ${issuer} (keys ${kid})`);
});
