// A small OpenID Connect provider for the end-to-end tests: discovery, authorize (auto-approved for
// the configured person), token (authorization code + PKCE, an RS256-signed id_token), JWKS and
// userinfo. Run with `tsx e2e/support/oidc-issuer.ts`; the Playwright config starts it beside the app.
// POST /test/identity {"email","name"} chooses who the next authorization signs in.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { oidcClient, oidcIssuerPort, oidcIssuerURL } from "./server";

const issuer = oidcIssuerURL;
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const kid = "e2e-key";
const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };

type Identity = { email: string; name: string };
let identity: Identity = { email: "sso.reader@demo.local", name: "Sam Sso" };
const codes = new Map<string, { challenge: string; redirectUri: string; identity: Identity }>();
const accessTokens = new Map<string, Identity>();

const base64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");
const subjectOf = (email: string) => createHash("sha256").update(email).digest("hex").slice(0, 24);
const claimsOf = (person: Identity) => ({ sub: subjectOf(person.email), email: person.email, email_verified: true, name: person.name });

function idToken(person: Identity): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const payload = base64url(JSON.stringify({ iss: issuer, aud: oidcClient.id, iat: now, exp: now + 300, ...claimsOf(person) }));
  return `${header}.${payload}.${base64url(sign("sha256", Buffer.from(`${header}.${payload}`), privateKey))}`;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function clientAuthenticated(request: IncomingMessage, form: URLSearchParams): boolean {
  const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
  const [id, secret] = basic
    ? Buffer.from(basic, "base64").toString("utf8").split(":").map((part) => decodeURIComponent(part))
    : [form.get("client_id"), form.get("client_secret")];
  return id === oidcClient.id && secret === oidcClient.secret;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", issuer);
  if (url.pathname === "/.well-known/openid-configuration") {
    return send(response, 200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      scopes_supported: ["openid", "email", "profile"],
    });
  }
  if (url.pathname === "/jwks") return send(response, 200, { keys: [jwk] });
  if (url.pathname === "/authorize") {
    const query = url.searchParams;
    const redirectUri = query.get("redirect_uri") ?? "";
    if (query.get("client_id") !== oidcClient.id || query.get("response_type") !== "code" || query.get("code_challenge_method") !== "S256" || !redirectUri) {
      return send(response, 400, { error: "invalid_request" });
    }
    const code = base64url(randomBytes(24));
    codes.set(code, { challenge: query.get("code_challenge") ?? "", redirectUri, identity });
    const back = new URL(redirectUri);
    back.searchParams.set("code", code);
    if (query.get("state")) back.searchParams.set("state", query.get("state") as string);
    response.writeHead(302, { location: back.toString() });
    return response.end();
  }
  if (url.pathname === "/token" && request.method === "POST") {
    const form = new URLSearchParams(await readBody(request));
    if (!clientAuthenticated(request, form)) return send(response, 401, { error: "invalid_client" });
    const grant = codes.get(form.get("code") ?? "");
    codes.delete(form.get("code") ?? "");
    const verifier = form.get("code_verifier") ?? "";
    if (!grant || grant.redirectUri !== form.get("redirect_uri") || base64url(createHash("sha256").update(verifier).digest()) !== grant.challenge) {
      return send(response, 400, { error: "invalid_grant" });
    }
    const accessToken = base64url(randomBytes(24));
    accessTokens.set(accessToken, grant.identity);
    return send(response, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, scope: "openid email profile", id_token: idToken(grant.identity) });
  }
  if (url.pathname === "/userinfo") {
    const person = accessTokens.get(request.headers.authorization?.replace(/^Bearer /, "") ?? "");
    return person ? send(response, 200, claimsOf(person)) : send(response, 401, { error: "invalid_token" });
  }
  if (url.pathname === "/test/identity" && request.method === "POST") {
    identity = JSON.parse(await readBody(request)) as Identity;
    return send(response, 200, identity);
  }
  return send(response, 404, { error: "not_found" });
});

server.listen(oidcIssuerPort, () => console.log(`Test OpenID Connect issuer on ${issuer}`));
