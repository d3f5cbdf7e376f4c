// The caller's address for per-IP limits: the last hop of X-Forwarded-For (what the nearest proxy,
// or Next.js itself, appended), or the first one when TRUST_PROXY says a trusted proxy sets it.
import { getEnv } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export function clientIp(headers: HeaderSource): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const hops = (value ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const hop = getEnv().TRUST_PROXY ? hops[0] : hops.at(-1);
  return hop ?? null;
}
