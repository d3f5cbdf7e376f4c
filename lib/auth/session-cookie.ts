// The session claims of a raw request, for code that runs before Next.js (lib/server/web-server.ts):
// NextAuth's own cookie lookup (names, chunks), then its decryption. A decrypted token is kept by its
// text, so a reader's repeated requests skip the key derivation and decryption (a token is immutable;
// its expiry is checked on every use).
import "server-only";
import { decode, getToken } from "next-auth/jwt";
import type { SessionClaims } from "@/lib/auth/session-account";

const REMEMBERED_TOKENS = 1000;

type DecodedToken = { claims: SessionClaims; expiresAt: number };

const decodedTokens = new Map<string, DecodedToken>();

/** The cookies of a Cookie header, by name (the first one wins: browsers send the most specific first). */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const separator = part.indexOf("=");
    const name = part.slice(0, Math.max(separator, 0)).trim();
    if (!name || cookies.has(name)) continue;
    const value = part.slice(separator + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

async function decodeToken(token: string, secret: string): Promise<DecodedToken | null> {
  const payload = await decode({ token, secret }).catch(() => null);
  if (!payload?.sub || typeof payload.exp !== "number") return null;
  const sessionVersion = typeof payload.sessionVersion === "number" ? payload.sessionVersion : undefined;
  return { claims: { userId: payload.sub, sessionVersion }, expiresAt: payload.exp * 1000 };
}

/** The claims of the request's session cookie, or null (no cookie, not ours, expired). */
export async function sessionClaimsOfCookies(cookies: Map<string, string>, secret: string): Promise<SessionClaims | null> {
  const token = await getToken({ req: { cookies, headers: {} } as never, secret, raw: true });
  if (!token) return null;
  let decoded = decodedTokens.get(token);
  if (!decoded) {
    const fresh = await decodeToken(token, secret);
    if (!fresh) return null;
    if (decodedTokens.size >= REMEMBERED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value as string);
    decodedTokens.set(token, fresh);
    decoded = fresh;
  }
  return decoded.expiresAt > Date.now() ? decoded.claims : null;
}
