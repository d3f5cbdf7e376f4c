// The reading page of a published dossier, served from memory. A version never changes, so its page is
// rendered once by Next.js for each reader and then sent as stored, gzipped, with a fresh CSP nonce:
// about 1 ms instead of 40 ms of rendering and compressing per request (npm run bench -- dossier).
//
// Every request is still checked here, before anything is sent: the session, the account (disabled,
// revoked, role), the permission and the versions readers may read now. The key holds everything the
// page shows besides its version: the path, the account (each person gets only their own page), the
// language and the readable versions (a new or unpublished version, or a scheduled one coming due,
// changes it). Anything else goes to Next.js: other pages, client-side navigation, a first render.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { can } from "@/lib/auth/permissions";
import { accountOfSession } from "@/lib/auth/session-account";
import { parseCookieHeader, sessionClaimsOfCookies } from "@/lib/auth/session-cookie";
import { readableVersionNumbers } from "@/lib/dossiers/published-dossiers";
import { newNonce } from "@/lib/security/content-security-policy";
import { PageCache, responseOf, type RenderedPage } from "@/lib/server/page-cache";
import { RENDER_HEADER } from "@/lib/server/loopback-render";
import { versionParams, slugParams } from "@/lib/validations/dossier";
import { LOCALE_COOKIE } from "@/lib/validations/locale";

// About 90 KB per reader and version for a dossier of 200 items; after ten minutes a page is rendered
// again, as a bound on anything a render depends on that the key does not name.
const CACHE_BYTES = 64 * 1024 * 1024;
const CACHE_AGE_MS = 10 * 60 * 1000;

const pages = new PageCache(CACHE_BYTES, CACHE_AGE_MS);

// Headers of Next.js' client-side navigation and server actions: those want something else than the document.
const nextRequestHeaders = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", RENDER_HEADER];

type ReadingPath = { slug: string; number?: number };

/** The dossier a browser asks to read, or null when the request is not one the cache can answer. */
function readingPathOf(request: Pick<IncomingMessage, "method" | "url" | "headers">): ReadingPath | null {
  if (request.method !== "GET" || !request.url) return null;
  if (nextRequestHeaders.some((name) => name in request.headers) || request.headers.authorization) return null;
  if (!/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) return null;
  const match = /^\/dossiers\/([^/?]+)(?:\/v\/([^/?]+))?$/.exec(request.url);
  if (!match) return null;
  if (match[2] === undefined) {
    const parsed = slugParams.safeParse({ slug: match[1] });
    return parsed.success ? { slug: parsed.data.slug } : null;
  }
  const parsed = versionParams.safeParse({ slug: match[1], number: match[2] });
  return parsed.success ? parsed.data : null;
}

/**
 * Answers the request from the cache (rendering the page through `render` when it is missing) and
 * returns true, or returns false without answering: the request then goes to Next.js as usual.
 */
export async function serveReadingPage(request: IncomingMessage, response: ServerResponse, { secret, render }: { secret: string; render: () => Promise<RenderedPage> }): Promise<boolean> {
  const path = readingPathOf(request);
  if (!path) return false;
  const cookies = parseCookieHeader(request.headers.cookie);
  const user = await accountOfSession(await sessionClaimsOfCookies(cookies, secret));
  if (!user || !can(user.role, "dossier.read_published")) return false;
  const readable = await readableVersionNumbers(user, path.slug);
  if (!readable.length || (path.number !== undefined && !readable.includes(path.number))) return false;
  const key = [request.url, user.id, user.role, user.name, user.email, user.locale, cookies.get(LOCALE_COOKIE) ?? "", readable.join(",")].join("\n");
  const cached = await pages.get(key, render);
  if (!cached) return false;
  const { headers, body } = responseOf(cached.page, newNonce());
  response.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": body.length, "x-reading-page-cache": cached.hit ? "hit" : "miss" });
  response.end(body);
  return true;
}
