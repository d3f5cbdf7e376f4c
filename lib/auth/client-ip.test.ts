// Which X-Forwarded-For hop counts as the caller: the per-IP sign-in limit is only as good as this.
import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env.ts caches the environment on first read: each case loads fresh modules after stubbing it.
async function loadClientIp(trustProxy: string | undefined) {
  vi.stubEnv("TRUST_PROXY", trustProxy);
  vi.resetModules();
  return (await import("@/lib/auth/client-ip")).clientIp;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clientIp", () => {
  it("takes the last hop by default: the one the nearest proxy appended, which a client cannot forge", async () => {
    const clientIp = await loadClientIp(undefined);
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6,203.0.113.7" })).toBe("203.0.113.7");
  });

  it("takes the first hop when TRUST_PROXY says a trusted proxy sets the header", async () => {
    const clientIp = await loadClientIp("1");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.4, 10.0.0.2" }))).toBe("198.51.100.4");
  });

  it("treats TRUST_PROXY=false like unset", async () => {
    const clientIp = await loadClientIp("false");
    expect(clientIp({ "x-forwarded-for": "198.51.100.4, 10.0.0.2" })).toBe("10.0.0.2");
  });

  it("joins a header given as several values, and trims spaces and empty hops", async () => {
    const clientIp = await loadClientIp(undefined);
    expect(clientIp({ "x-forwarded-for": ["198.51.100.4", " 203.0.113.7 "] })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, ," })).toBe("203.0.113.7");
  });

  it("returns null without the header, or with an empty one", async () => {
    const clientIp = await loadClientIp(undefined);
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp({})).toBeNull();
    expect(clientIp({ "x-forwarded-for": " , " })).toBeNull();
  });
});
